import { Anchor, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ClusterMember } from "../api/types";
import { formatNumber } from "../lib/format";
import { sortVi } from "../lib/text";
import { RoleBadge } from "./badges";

type MemberTableProps = { members: ClusterMember[]; year: number };

/** The member units, named as in the cluster's year, in Vietnamese order; each links to its organisation. */
export const MemberTable = ({ members, year }: MemberTableProps) => {
  const { t } = useTranslation();
  const caption = t("clusters.memberTable");
  if (members.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t("clusters.noMembers")}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover captionSide="top" aria-label={caption} verticalSpacing="sm">
        <Table.Caption ta="left" fw={600} fz="lg" c="var(--mantine-color-text)">
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={60} ta="right">
              {t("clusters.index")}
            </Table.Th>
            <Table.Th scope="col">{t("clusters.unit")}</Table.Th>
            <Table.Th scope="col">{t("clusters.shortName")}</Table.Th>
            <Table.Th scope="col">{t("clusters.role")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortVi(members, (m) => m.name).map((member, index) => (
            <Table.Tr key={member.unitId}>
              <Table.Td ta="right">{formatNumber(index + 1)}</Table.Td>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/to-chuc/${member.unitId}?year=${year}`}>
                  {member.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{member.shortName ?? t("common.none")}</Table.Td>
              <Table.Td>
                <RoleBadge role={member.role} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
