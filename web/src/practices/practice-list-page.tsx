import { Anchor, Badge, Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCurrentUser } from "../auth/current-user";
import { matchesQuery } from "../lib/text";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { SearchBox, useSearchText } from "../shell/search-box";
import { useYear } from "../shell/year-context";
import { usePractices } from "./practices-api";

/** The library of the year: each practice with its unit, field and where it has spread. */
export const PracticeListPage = () => {
  const { t } = useTranslation();
  const { year } = useYear();
  const { grants } = useCurrentUser();
  const [text, setText] = useSearchText();
  const list = usePractices(year);
  const rows = (list.data ?? []).filter((p) => matchesQuery(text, [p.title, p.unitName, p.field]));
  return (
    <>
      <PageHeader
        title={t("reportsUi.practices.title")}
        subtitle={String(year)}
        actions={
          grants.some((g) => g.role === "unit_editor") && (
            <Button component={Link} to={`/mo-hinh-hay/moi?year=${year}`}>
              {t("reportsUi.practices.create")}
            </Button>
          )
        }
      />
      <SearchBox label={t("reportsUi.practices.filter")} placeholder="" value={text} onChange={setText} />
      {list.isPending && <PageLoader />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && rows.length === 0 && <Empty title={t("reportsUi.practices.emptyTitle")} />}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={360} mt="md">
          <Table striped aria-label={t("reportsUi.practices.tableLabel")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("reportsUi.practices.titleField")}</Table.Th>
                <Table.Th visibleFrom="sm">{t("reportsUi.practices.unit")}</Table.Th>
                <Table.Th visibleFrom="sm">{t("reportsUi.practices.field")}</Table.Th>
                <Table.Th>{t("reportsUi.practices.spread")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/mo-hinh-hay/${p.id}`}>
                      {p.title}
                    </Anchor>
                    <Text size="xs" c="dimmed" hiddenFrom="sm">
                      {p.unitName}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{p.unitName}</Table.Td>
                  <Table.Td visibleFrom="sm">{p.field}</Table.Td>
                  <Table.Td>
                    {p.replications.length > 0 ? (
                      <Badge color="teal.9" variant="filled">
                        {t("reportsUi.practices.spreadTo", { n: p.replications.length })}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t("reportsUi.practices.notSpread")}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
};
