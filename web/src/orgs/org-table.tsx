import { Anchor, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { OrgSummary } from "../api/types";
import { formatPeriod } from "../lib/format";
import { OrgKindBadge, OrgStatusBadge } from "./org-badges";

type OrgTableProps = { orgs: OrgSummary[]; year: number };

/** Organisations with their name, kind, period of activity and status. */
export const OrgTable = ({ orgs, year }: OrgTableProps) => {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover aria-label={t("orgs.tableLabel")} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("orgs.name")}</Table.Th>
            <Table.Th scope="col">{t("orgs.shortName")}</Table.Th>
            <Table.Th scope="col">{t("orgs.kind")}</Table.Th>
            <Table.Th scope="col">{t("orgs.validity")}</Table.Th>
            <Table.Th scope="col">{t("orgs.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orgs.map((org) => (
            <Table.Tr key={org.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/to-chuc/${org.id}?year=${year}`}>
                  {org.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{org.shortName ?? t("common.none")}</Table.Td>
              <Table.Td>
                <OrgKindBadge kind={org.kind} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {formatPeriod(org.validFrom, org.validTo, t("common.present"))}
              </Table.Td>
              <Table.Td>
                <OrgStatusBadge validFrom={org.validFrom} validTo={org.validTo} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
