import { Anchor, List, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Person, PersonPosition } from "../api/types";
import { formatPeriod } from "../lib/format";

const byNewest = (a: PersonPosition, b: PersonPosition): number => b.validFrom.localeCompare(a.validFrom);

const Positions = ({ positions, year }: { positions: PersonPosition[]; year: number }) => {
  const { t } = useTranslation();
  if (positions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("people.noPositions")}
      </Text>
    );
  return (
    <List size="sm" spacing={6} listStyleType="none" p={0}>
      {[...positions].sort(byNewest).map((p) => (
        <List.Item key={`${p.orgId}-${p.title}-${p.validFrom}`}>
          <Text size="sm" fw={500}>
            {p.title}
          </Text>
          <Text size="xs" c="dimmed">
            <Anchor component={Link} to={`/to-chuc/${p.orgId}?year=${year}`} size="xs">
              {p.orgName}
            </Anchor>
            {" · "}
            {formatPeriod(p.validFrom, p.validTo, t("common.present"))}
          </Text>
        </List.Item>
      ))}
    </List>
  );
};

/** People (row headers) and every position each holds, dated. */
export const PeopleTable = ({ people, year }: { people: Person[]; year: number }) => {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped aria-label={t("people.tableLabel")} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="30%">
              {t("people.fullName")}
            </Table.Th>
            <Table.Th scope="col">{t("people.positions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id} style={{ verticalAlign: "top" }}>
              <Table.Th scope="row" fw={600}>
                {person.fullName}
              </Table.Th>
              <Table.Td>
                <Positions positions={person.positions} year={year} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
