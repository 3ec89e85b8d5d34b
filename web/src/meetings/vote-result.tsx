import { Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../lib/format";
import type { Vote } from "./meetings-api";

/** A closed vote's counts (motion) or candidates' votes (election); `large` for the projector. */
export const VoteResult = ({ vote, large = false }: { vote: Vote; large?: boolean }) => {
  const { t } = useTranslation();
  const r = vote.result;
  if (!r) return <Text size={large ? "xl" : "sm"}>{t("meetings.resultHidden")}</Text>;
  const size = large ? "2.2rem" : undefined;
  const rows =
    vote.kind === "motion"
      ? (["yes", "no", "abstain"] as const).map((k) => ({
          key: k,
          label: t(`meetings.choices.${k}`),
          n: r[k] ?? 0,
          win: false,
        }))
      : (r.candidates ?? []).map((c) => ({
          key: c.candidateId,
          label: vote.candidates.find((x) => x.id === c.candidateId)?.label ?? c.candidateId,
          n: c.votes,
          win: r.elected?.includes(c.candidateId) ?? false,
        }));
  return (
    <Stack gap="xs">
      <Text fw={700} fz={size}>
        {t(`meetings.outcome.${r.outcome}`, { defaultValue: r.outcome })}
      </Text>
      <Table fz={size} aria-label={vote.question}>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} fw={row.win ? 700 : undefined}>
              <Table.Td>
                {row.label}
                {row.win ? ` — ${t("meetings.elected")}` : ""}
              </Table.Td>
              <Table.Td ta="right">{t("meetings.votesCount", { n: formatNumber(row.n) })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size={large ? "lg" : "sm"} c="dimmed">
        {t("meetings.turnout", { cast: formatNumber(r.cast), eligible: formatNumber(r.eligible) })}
      </Text>
    </Stack>
  );
};
