import { Box, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatScore } from "../lib/format";
import { shortNames } from "../lib/text";
import type { MatrixResponse, RankingRow } from "./ranking-api";

// Charts for a phone (390 px): plain HTML that fits the width, no chart library to download.

/** A penalty takes points off: "−2"; anything else as it is. */
export const signedScore = (score: number, kind: string | undefined): string =>
  kind === "penalty" && score > 0 ? `−${formatScore(score)}` : formatScore(score);

/** Totals as horizontal bars under each unit's name, rank 1 first; the proposed leading units in dark red. */
export const PhoneBars = ({
  rows,
  maxPoints,
  title,
}: {
  rows: RankingRow[];
  maxPoints: number;
  title: string;
}) => {
  const { t } = useTranslation();
  const top = Math.max(maxPoints, ...rows.map((r) => r.total), 1);
  const short = shortNames(rows.map((r) => r.name));
  return (
    <Box component="ol" aria-label={title} p={0} m={0} style={{ listStyle: "none" }}>
      {rows.map((r) => (
        <Box component="li" key={r.unit} mb="xs">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" fw={500} truncate="end" title={r.name} style={{ minWidth: 0 }}>
              {r.rank}. {short.get(r.name)}
            </Text>
            <Text size="sm" fw={700} style={{ flexShrink: 0 }}>
              {t("common.points", { n: formatScore(r.total), count: r.total })}
            </Text>
          </Group>
          <Box h={14} bg="gray.1" style={{ borderRadius: 4 }} aria-hidden>
            <Box
              h="100%"
              w={`${Math.max(0, Math.min(100, (r.total / top) * 100))}%`}
              bg={r.eligibleForLeading ? "#a61e1e" : "#1864ab"}
              style={{ borderRadius: 4 }}
            />
          </Box>
        </Box>
      ))}
    </Box>
  );
};

/** Blue for a share of the maximum, red for a penalty; white at zero. */
const cellColour = (share: number): string => {
  const a = Math.min(1, Math.abs(share));
  return share < 0 ? `rgba(250, 82, 82, ${0.15 + a * 0.55})` : `rgba(77, 171, 247, ${a * 0.7})`;
};

type HeatProps = { matrix: MatrixResponse; level: "groups" | "criteria"; title: string };

/** Units × criteria as a table that scrolls sideways; the unit column stays in place. */
export const PhoneHeatMap = ({ matrix, level, title }: HeatProps) => {
  const { t } = useTranslation();
  const criteria = matrix.criteria.filter((c) => (level === "groups" ? c.depth === 0 : c.method !== "group"));
  const short = shortNames(matrix.units.map((u) => u.name));
  const sticky = { position: "sticky", left: 0, zIndex: 1, background: "var(--mantine-color-body)" } as const;
  return (
    <Table.ScrollContainer minWidth={120 + criteria.length * 56}>
      <Table aria-label={title} fz="sm" verticalSpacing={6} horizontalSpacing={6} withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" style={sticky} w={120}>
              {t("ranking.unit")}
            </Table.Th>
            {criteria.map((c) => (
              <Table.Th scope="col" key={c.code} ta="center" title={c.title}>
                {c.code}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.units.map((u) => (
            <Table.Tr key={u.unit}>
              <Table.Th scope="row" style={{ ...sticky, maxWidth: 120 }} fw={500}>
                <Text size="sm" truncate="end" title={u.name}>
                  {u.rank}. {short.get(u.name)}
                </Text>
              </Table.Th>
              {criteria.map((c) => {
                const score = matrix.scores[u.unit]?.[c.code] ?? 0;
                const share = c.max ? score / c.max : 0;
                return (
                  <Table.Td
                    key={c.code}
                    ta="center"
                    style={{ background: cellColour(c.kind === "penalty" ? -share : share) }}
                  >
                    {signedScore(score, c.kind)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
