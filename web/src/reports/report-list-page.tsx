import { Anchor, Badge, Group, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../lib/format";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { useYear } from "../shell/year-context";
import { PeriodPanels } from "./period-panel";
import { ReportStatusBadge } from "./report-status-badge";
import { useReports } from "./reports-api";

/** The year's unit reports the user may see, with status, deadline and what is overdue. */
export const ReportListPage = () => {
  const { t } = useTranslation();
  const { year } = useYear();
  const list = useReports(year);
  return (
    <>
      <PageHeader title={t("reportsUi.reports.title", { year })} />
      <PeriodPanels year={year} />
      {list.isPending && <PageLoader />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.length === 0 && (
        <Empty
          title={t("reportsUi.reports.emptyTitle")}
          description={t("reportsUi.reports.emptyText", { year })}
        />
      )}
      {list.data && list.data.length > 0 && (
        <Table.ScrollContainer minWidth={360}>
          <Table striped aria-label={t("reportsUi.reports.tableLabel")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("reportsUi.reports.unit")}</Table.Th>
                <Table.Th visibleFrom="sm">{t("reportsUi.reports.period")}</Table.Th>
                <Table.Th visibleFrom="sm">{t("reportsUi.reports.deadline")}</Table.Th>
                <Table.Th>{t("reportsUi.reports.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/bao-cao/${r.id}`}>
                      {r.unitName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{t(`reportsUi.reports.kinds.${r.kind}`)}</Table.Td>
                  <Table.Td visibleFrom="sm">{formatDate(r.deadline)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <ReportStatusBadge status={r.status} />
                      {r.overdue && (
                        <Badge color="red.9" variant="outline">
                          {t("reportsUi.reports.overdue")}
                        </Badge>
                      )}
                    </Group>
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
