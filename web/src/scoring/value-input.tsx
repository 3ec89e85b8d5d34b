import { NativeSelect, NumberInput, SegmentedControl, Stack, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Criterion, ScoredCriterion, ScoreInput } from "../../../src/contracts/cluster-year";
import { formatScore } from "../lib/format";

export type ScoreValue = ScoreInput;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A stored value (`{ points: 7 }`…) as the form's value; anything else is "nothing entered". */
export const asScoreValue = (raw: unknown): ScoreValue | null => {
  if (!isRecord(raw)) return null;
  const out: ScoreValue = {};
  if (typeof raw.points === "number") out.points = raw.points;
  if (typeof raw.passed === "boolean") out.passed = raw.passed;
  if (typeof raw.actual === "number") out.actual = raw.actual;
  if (typeof raw.count === "number") out.count = raw.count;
  if (typeof raw.level === "string") out.level = raw.level;
  return Object.keys(out).length > 0 ? out : null;
};

/** The pact's scored criteria by code (levels, targets), for the controls. */
export const scoredByCode = (criteria: readonly Criterion[]): Map<string, ScoredCriterion> => {
  const map = new Map<string, ScoredCriterion>();
  const walk = (list: readonly Criterion[]) => {
    for (const c of list) {
      if (c.method === undefined) walk(c.children);
      else map.set(c.code, c);
    }
  };
  walk(criteria);
  return map;
};

/** A value as a person reads it: "7", "Có", "14", "3 lần", "Hoàn thành tốt"; "—" when empty. */
export const describeValue = (value: ScoreValue | null, t: TFunction): string => {
  if (!value) return t("common.none");
  if (value.points !== undefined) return formatScore(value.points);
  if (value.passed !== undefined) return value.passed ? t("scoring.yes") : t("scoring.no");
  if (value.actual !== undefined) return formatScore(value.actual);
  if (value.count !== undefined) return t("scoring.times", { n: value.count });
  return value.level ?? t("common.none");
};

type ValueInputProps = {
  criterion: ScoredCriterion;
  value: ScoreValue | null;
  onChange: (value: ScoreValue | null) => void;
  label: string;
  error?: string | undefined;
  /** The unit's own target, shown beside a target criterion's input. */
  target?: number | undefined;
};

const fromNumber = (v: string | number, field: "points" | "actual" | "count"): ScoreValue | null =>
  v === "" || Number.isNaN(Number(v)) ? null : { [field]: Number(v) };

/** The control that fits the criterion's method: points up to the max, Có/Không, a result, a count, a level. */
export const ValueInput = ({ criterion, value, onChange, label, error, target }: ValueInputProps) => {
  const { t } = useTranslation();
  const labelId = useId();
  switch (criterion.method) {
    case "manual":
    case "bonus":
      return (
        <NumberInput
          label={label}
          description={t("scoring.maxHint", { n: formatScore(criterion.max) })}
          min={0}
          max={criterion.max}
          clampBehavior="none"
          decimalScale={2}
          decimalSeparator=","
          value={value?.points ?? ""}
          onChange={(v) => onChange(fromNumber(v, "points"))}
          error={error}
        />
      );
    case "target":
    case "leaderRelative":
      return (
        <NumberInput
          label={label}
          description={
            target === undefined
              ? t("scoring.actualHint")
              : t("scoring.targetHint", { n: formatScore(target) })
          }
          min={0}
          decimalSeparator=","
          value={value?.actual ?? ""}
          onChange={(v) => onChange(fromNumber(v, "actual"))}
          error={error}
        />
      );
    case "perOccurrence":
    case "penalty":
      return (
        <NumberInput
          label={label}
          description={t("scoring.countHint", { n: formatScore(criterion.pointsEach) })}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          value={value?.count ?? ""}
          onChange={(v) => onChange(fromNumber(v, "count"))}
          error={error}
        />
      );
    case "passFail":
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500} id={labelId}>
            {label}
          </Text>
          <SegmentedControl
            aria-labelledby={labelId}
            value={value?.passed === undefined ? "" : String(value.passed)}
            onChange={(v) => onChange({ passed: v === "true" })}
            data={[
              { value: "true", label: t("scoring.yes") },
              { value: "false", label: t("scoring.no") },
            ]}
          />
          {error && (
            <Text size="xs" c="red.9">
              {error}
            </Text>
          )}
        </Stack>
      );
    case "levels":
      return (
        <NativeSelect
          label={label}
          value={value?.level ?? ""}
          onChange={(e) => onChange(e.currentTarget.value ? { level: e.currentTarget.value } : null)}
          data={[
            { value: "", label: t("scoring.pickLevel") },
            ...criterion.levels.map((l) => ({
              value: l.label,
              label: `${l.label} (${formatScore(criterion.max * l.ratio)})`,
            })),
          ]}
          error={error}
        />
      );
  }
};
