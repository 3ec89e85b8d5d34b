import { Anchor, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { OrgClusterEntry, OrgPosition } from "../api/types";
import { RoleBadge } from "../clusters/badges";
import { formatDate } from "../lib/format";
import { comparePersonNames, compareVi } from "../lib/text";

/** People and the posts they held at this organisation, newest first. */
export const PositionsTable = ({ positions }: { positions: OrgPosition[] }) => {
  const { t } = useTranslation();
  const rows = [...positions].sort(
    (a, b) => b.validFrom.localeCompare(a.validFrom) || comparePersonNames(a.fullName, b.fullName),
  );
  return (
    <section aria-labelledby="org-positions">
      <Title order={2} fz="h4" mb="sm" id="org-positions">
        {t("orgs.positions")}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("orgs.noPositions")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped aria-label={t("orgs.positionsLabel")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("orgs.person")}</Table.Th>
                <Table.Th scope="col">{t("orgs.positionTitle")}</Table.Th>
                <Table.Th scope="col">{t("orgs.from")}</Table.Th>
                <Table.Th scope="col">{t("orgs.to")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={`${p.personId}-${p.title}-${p.validFrom}`}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/can-bo?q=${encodeURIComponent(p.fullName)}`}>
                      {p.fullName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{p.title}</Table.Td>
                  <Table.Td>{formatDate(p.validFrom)}</Table.Td>
                  <Table.Td>{p.validTo ? formatDate(p.validTo) : t("common.present")}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
};

/** The clusters this organisation took part in, by year (newest first), with its role. */
export const ClustersTable = ({ clusters }: { clusters: OrgClusterEntry[] }) => {
  const { t } = useTranslation();
  const rows = [...clusters].sort((a, b) => b.year - a.year || compareVi(a.name, b.name));
  return (
    <section aria-labelledby="org-clusters">
      <Title order={2} fz="h4" mb="sm" id="org-clusters">
        {t("orgs.clusters")}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("orgs.noClusters")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped aria-label={t("orgs.clustersLabel")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={80}>
                  {t("orgs.year")}
                </Table.Th>
                <Table.Th scope="col">{t("orgs.cluster")}</Table.Th>
                <Table.Th scope="col">{t("orgs.role")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.clusterId}>
                  <Table.Td>{c.year}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/cum/${c.clusterId}?year=${c.year}`}>
                      {c.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <RoleBadge role={c.role} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
};
