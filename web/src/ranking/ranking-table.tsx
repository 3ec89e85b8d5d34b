import { Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatScore } from "../lib/format";
import type { RankingRow } from "./ranking-api";

/** Rank, unit, total, base, bonus, penalty, band and the leading-unit nomination, as the server ranked them. */
export const RankingTable = ({ rows, caption }: { rows: RankingRow[]; caption: string }) => {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={340}>
      <Table striped highlightOnHover aria-label={caption} verticalSpacing="sm" fz="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" ta="right" w={70}>
              {t("ranking.rank")}
            </Table.Th>
            <Table.Th scope="col">{t("ranking.unit")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("ranking.total")}
            </Table.Th>
            <Table.Th scope="col" ta="right" visibleFrom="sm">
              {t("ranking.base")}
            </Table.Th>
            <Table.Th scope="col" ta="right" visibleFrom="sm">
              {t("ranking.bonus")}
            </Table.Th>
            <Table.Th scope="col" ta="right" visibleFrom="sm">
              {t("ranking.penalty")}
            </Table.Th>
            <Table.Th scope="col">{t("ranking.band")}</Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              {t("ranking.leading")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.unit}>
              <Table.Td ta="right" fw={700} fz="lg">
                {row.rank}
              </Table.Td>
              <Table.Th scope="row" fw={500}>
                {row.name}
                {row.eligibleForLeading && (
                  <Badge color="red.9" variant="filled" size="sm" hiddenFrom="sm" display="block" mt={4}>
                    {t("ranking.eligible")}
                  </Badge>
                )}
              </Table.Th>
              <Table.Td ta="right" fw={700} fz="lg">
                {formatScore(row.total)}
              </Table.Td>
              <Table.Td ta="right" visibleFrom="sm">
                {formatScore(row.base)}
              </Table.Td>
              <Table.Td ta="right" visibleFrom="sm" c={row.bonus > 0 ? "teal.9" : undefined}>
                {row.bonus > 0 ? `+${formatScore(row.bonus)}` : formatScore(0)}
              </Table.Td>
              <Table.Td ta="right" visibleFrom="sm" c={row.penalty > 0 ? "red.9" : undefined}>
                {row.penalty > 0 ? `−${formatScore(row.penalty)}` : formatScore(0)}
              </Table.Td>
              <Table.Td>
                {row.band ? (
                  <Badge variant="light" color="indigo">
                    {row.band}
                  </Badge>
                ) : (
                  <Text c="dimmed">{t("common.none")}</Text>
                )}
              </Table.Td>
              <Table.Td visibleFrom="sm">
                {row.eligibleForLeading ? (
                  <Badge color="red.9" variant="filled">
                    {t("ranking.eligible")}
                  </Badge>
                ) : (
                  <Text c="dimmed" size="sm">
                    {t("ranking.notEligible")}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
