import { Anchor, Button, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCurrentUser } from "../auth/current-user";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { formatWhen, MeetingStatusBadge } from "./badges";
import { conveneAnywhere } from "./convene-rule";
import { useMeetings } from "./meetings-api";

/** /hoi-nghi — the meetings of the clusters the user sees. */
export const MeetingListPage = () => {
  const { t } = useTranslation();
  const meetings = useMeetings();
  const { grants } = useCurrentUser();
  const convene = conveneAnywhere(grants) && (
    <Button component={Link} to="/hoi-nghi/moi">
      {t("meetprep.convene")}
    </Button>
  );
  const body = () => {
    if (meetings.isPending) return <PageLoader />;
    if (meetings.isError)
      return <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />;
    if (meetings.data.length === 0)
      return (
        <Empty
          title={t("meetings.emptyTitle")}
          description={t("meetings.emptyText")}
          icon="∅"
          action={convene || undefined}
        />
      );
    return (
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-label={t("meetings.tableLabel")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("meetings.title")}</Table.Th>
              <Table.Th>{t("meetings.when")}</Table.Th>
              <Table.Th>{t("meetings.place")}</Table.Th>
              <Table.Th>{t("meetings.cluster")}</Table.Th>
              <Table.Th>{t("orgs.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meetings.data.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/hoi-nghi/${m.id}`}>
                    {m.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatWhen(m.startsAt)}</Table.Td>
                <Table.Td>{m.place}</Table.Td>
                <Table.Td>{m.clusterName}</Table.Td>
                <Table.Td>
                  <MeetingStatusBadge status={m.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };
  return (
    <>
      <PageHeader
        title={t("meetings.title")}
        subtitle={t("meetings.subtitle")}
        actions={convene || undefined}
      />
      {body()}
    </>
  );
};
