import { Alert, Badge, Group, NativeSelect, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatScore } from "../lib/format";
import { tieBreakLabel } from "../pacts/rules-summary";
import { PageLoader, QueryError } from "../shell/query-state";
import { type RankingRow, type RankingStage, useWhy, type WhyResponse } from "./ranking-api";
import { Delta } from "./self-vs-final";

const minus = (a: number, b: number): number => Math.round((a - b) * 100) / 100;

/** What decided, in the user's language (the server's sentence is Vietnamese only). */
const summary = (why: WhyResponse, t: TFunction): string => {
  const key = why.keys.at(-1);
  if (why.ahead === null || why.decidedBy === null || !key)
    return t("ranking.why.tied", { rank: why.a.rank });
  const aAhead = why.ahead === why.a.unit;
  const [winner, loser] = aAhead ? [why.a, why.b] : [why.b, why.a];
  const [w, l] = aAhead ? [key.a, key.b] : [key.b, key.a];
  const values = { winner: winner.name, loser: loser.name, w: formatScore(w), l: formatScore(l) };
  if (why.decidedBy === "total")
    return t("ranking.why.byTotal", { ...values, by: formatScore(Math.abs(minus(w, l))) });
  return t("ranking.why.byKey", { ...values, key: tieBreakLabel(why.decidedBy, t) });
};

const Explanation = ({ why }: { why: WhyResponse }) => {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" aria-live="polite">
        <Text fw={600}>{summary(why, t)}</Text>
      </Alert>
      <Table aria-label={t("ranking.why.keysLabel")} withTableBorder maw={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("ranking.why.key")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {why.a.name}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {why.b.name}
            </Table.Th>
            <Table.Th scope="col" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {why.keys.map((k) => (
            <Table.Tr key={k.key}>
              <Table.Th scope="row" fw={500}>
                {tieBreakLabel(k.key, t)}
              </Table.Th>
              <Table.Td ta="right">{formatScore(k.a)}</Table.Td>
              <Table.Td ta="right">{formatScore(k.b)}</Table.Td>
              <Table.Td>
                {k.key === why.decidedBy ? (
                  <Badge color="red.9">{t("ranking.why.decided")}</Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t("ranking.why.equal")}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3} fz="h5">
        {t("ranking.why.criteriaTitle", { n: why.criteria.length })}
      </Title>
      {why.criteria.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t("ranking.why.criteriaLabel")} striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("pacts.code")}</Table.Th>
                <Table.Th scope="col">{t("pacts.criterion")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {why.a.name}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {why.b.name}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("ranking.why.delta")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {why.criteria.map((c) => (
                <Table.Tr key={c.code}>
                  <Table.Td fw={c.method === "group" ? 700 : 400}>{c.code}</Table.Td>
                  <Table.Th
                    scope="row"
                    fw={c.method === "group" ? 700 : 400}
                    style={{ paddingLeft: `calc(${c.depth} * 1.25rem + 0.5rem)` }}
                  >
                    {c.title}
                  </Table.Th>
                  <Table.Td ta="right">{formatScore(c.a)}</Table.Td>
                  <Table.Td ta="right">{formatScore(c.b)}</Table.Td>
                  <Table.Td ta="right">
                    <Delta value={c.delta} invert={c.method === "penalty"} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
};

type WhyRankProps = { clusterId: string; stage: RankingStage; rows: RankingRow[] };

/** "Vì sao xếp hạng này?": two units, the criteria where they differ, and the key that decided. */
export const WhyRank = ({ clusterId, stage, rows }: WhyRankProps) => {
  const { t } = useTranslation();
  const [a, setA] = useState<string | null>(rows[0]?.unit ?? null);
  const [b, setB] = useState<string | null>(rows[1]?.unit ?? null);
  const why = useWhy(clusterId, stage, a, b);
  const options = rows.map((r) => ({ value: r.unit, label: `${r.rank}. ${r.name}` }));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="why-rank">
      <Title order={2} fz="h4" mb="sm" id="why-rank">
        {t("ranking.why.title")}
      </Title>
      <Group grow mb="md" align="flex-end" maw={800}>
        <NativeSelect
          label={t("ranking.why.unitA")}
          value={a ?? ""}
          onChange={(e) => setA(e.currentTarget.value)}
          data={options}
        />
        <NativeSelect
          label={t("ranking.why.unitB")}
          value={b ?? ""}
          onChange={(e) => setB(e.currentTarget.value)}
          data={options}
        />
      </Group>
      {a === b && <Text c="dimmed">{t("ranking.why.pickTwo")}</Text>}
      {a !== b && why.isPending && why.fetchStatus !== "idle" && <PageLoader />}
      {why.isError && <QueryError error={why.error} />}
      {why.data && a !== b && <Explanation why={why.data} />}
    </Paper>
  );
};
