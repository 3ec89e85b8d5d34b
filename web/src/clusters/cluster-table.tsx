import { Anchor, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ClusterSummary } from "../api/types";
import { formatNumber } from "../lib/format";
import { useYear } from "../shell/year-context";
import { KindBadge } from "./badges";

/** The clusters of a year: kind, code, name (a link), members, head and deputy. */
export const ClusterTable = ({ clusters }: { clusters: ClusterSummary[] }) => {
  const { t } = useTranslation();
  const { withYear } = useYear();
  const unitLink = (unit: ClusterSummary["head"]) =>
    unit ? (
      <Anchor component={Link} to={withYear(`/to-chuc/${unit.unitId}`)} size="sm">
        {unit.name}
      </Anchor>
    ) : (
      t("clusters.notDecided")
    );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover aria-label={t("clusters.tableLabel")} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("clusters.kind")}</Table.Th>
            <Table.Th scope="col">{t("clusters.code")}</Table.Th>
            <Table.Th scope="col">{t("clusters.name")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("clusters.members")}
            </Table.Th>
            <Table.Th scope="col">{t("clusters.head")}</Table.Th>
            <Table.Th scope="col">{t("clusters.deputy")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clusters.map((cluster) => (
            <Table.Tr key={cluster.id}>
              <Table.Td>
                <KindBadge kind={cluster.kind} />
              </Table.Td>
              <Table.Td>{cluster.code}</Table.Td>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={withYear(`/cum/${cluster.id}`)}>
                  {cluster.name}
                </Anchor>
              </Table.Th>
              <Table.Td ta="right">{formatNumber(cluster.memberCount)}</Table.Td>
              <Table.Td>{unitLink(cluster.head)}</Table.Td>
              <Table.Td>{unitLink(cluster.deputy)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
