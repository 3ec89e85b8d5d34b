import type { Criterion, Method, ScoredCriterion, ScoreInput } from "../../contracts/cluster-year";

export type FlatCriterion = { criterion: Criterion; depth: number; parentCode: string | null };

/** The criteria tree in document order, each with its depth and parent, as the assessment page lists it. */
export function flattenCriteria(criteria: readonly Criterion[]): FlatCriterion[] {
  const out: FlatCriterion[] = [];
  const walk = (list: readonly Criterion[], depth: number, parentCode: string | null) => {
    for (const criterion of list) {
      out.push({ criterion, depth, parentCode });
      if (criterion.method === undefined) walk(criterion.children, depth + 1, criterion.code);
    }
  };
  walk(criteria, 0, null);
  return out;
}

export function isScored(criterion: Criterion): criterion is ScoredCriterion {
  return criterion.method !== undefined;
}

export function findCriterion(criteria: readonly Criterion[], code: string): Criterion | undefined {
  return flattenCriteria(criteria).find((f) => f.criterion.code === code)?.criterion;
}

/**
 * Criteria a unit must fill in before submitting: every scored criterion except bonus and penalty.
 * A bonus or penalty left empty means nothing added or taken off (scoring.md: a missing input), which
 * is the usual case, so asking for an explicit 0 would only be busywork.
 */
export function requiredCodes(criteria: readonly Criterion[]): string[] {
  return flattenCriteria(criteria)
    .map((f) => f.criterion)
    .filter(isScored)
    .filter((c) => c.method !== "bonus" && c.method !== "penalty")
    .map((c) => c.code);
}

const METHOD_LABELS: Record<Method, string> = {
  manual: "chấm trực tiếp",
  passFail: "đạt/không đạt",
  target: "so với chỉ tiêu",
  leaderRelative: "so với đơn vị dẫn đầu",
  perOccurrence: "tính theo số lần",
  levels: "theo mức",
  bonus: "điểm thưởng",
  penalty: "điểm trừ",
};

export const methodLabel = (method: Method): string => METHOD_LABELS[method];

const number = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 4 });

/** A value as a person reads it: "7,5 điểm", "Đạt", "thực hiện 14", "3 lần", "mức «Tốt»"; "(trống)" when none. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || typeof value !== "object") return "(trống)";
  const v = value as ScoreInput;
  if (v.points !== undefined) return `${number(v.points)} điểm`;
  if (v.passed !== undefined) return v.passed ? "Đạt" : "Không đạt";
  if (v.actual !== undefined) return `thực hiện ${number(v.actual)}`;
  if (v.count !== undefined) return `${number(v.count)} lần`;
  if (v.level !== undefined) return `mức «${v.level}»`;
  return "(trống)";
}
