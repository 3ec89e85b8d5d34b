import { Paper, SimpleGrid, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Rules } from "../../../src/contracts/cluster-year";
import { formatScore } from "../lib/format";

/** A tie-break key as people say it: "group:I" → "Điểm mục I cao hơn". */
export const tieBreakLabel = (key: string, t: TFunction): string => {
  if (key === "total") return t("pacts.rules.byTotal");
  if (key === "fewerPenalties") return t("pacts.rules.fewerPenalties");
  if (key === "moreBonus") return t("pacts.rules.moreBonus");
  return t("pacts.rules.group", { code: key.replace(/^group:/, "") });
};

const Fact = ({ label, value }: { label: string; value: string }) => (
  <div>
    <Text size="xs" c="dimmed" fw={600}>
      {label}
    </Text>
    <Text size="sm">{value}</Text>
  </div>
);

/** The cluster's rules (quy chế): bonus cap, bands, tie-breaks, the leading-unit threshold. */
export const RulesSummary = ({ rules }: { rules: Rules }) => {
  const { t } = useTranslation();
  const none = t("pacts.rules.none");
  const bands = [...(rules.bands ?? [])].sort((a, b) => b.min - a.min);
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} fz="h5" mb="sm">
        {t("pacts.rules.title")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <Fact
          label={t("pacts.rules.bonusCap")}
          value={
            rules.bonusCap === undefined
              ? none
              : t("common.points", { n: formatScore(rules.bonusCap), count: rules.bonusCap })
          }
        />
        <Fact
          label={t("pacts.rules.bands")}
          value={bands.length ? bands.map((b) => `${b.label} ≥ ${formatScore(b.min)}`).join("; ") : none}
        />
        <Fact
          label={t("pacts.rules.tieBreak")}
          value={rules.tieBreak?.length ? rules.tieBreak.map((k) => tieBreakLabel(k, t)).join(" → ") : none}
        />
        <Fact
          label={t("pacts.rules.leading")}
          value={
            rules.leading ? t("pacts.rules.leadingMin", { n: formatScore(rules.leading.minTotal) }) : none
          }
        />
      </SimpleGrid>
    </Paper>
  );
};
