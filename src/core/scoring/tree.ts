import type { Criterion, GroupCriterion, ScoredCriterion } from "../../contracts/cluster-year";

export function isGroup(criterion: Criterion): criterion is GroupCriterion {
  return criterion.method === undefined;
}

/** Bonus and penalty criteria never count inside a group or in `base` (scoring.md, Totals). */
export function countsInBase(criterion: Criterion): boolean {
  return criterion.method !== "bonus" && criterion.method !== "penalty";
}

export type Visit = (criterion: Criterion, path: string, depth: number) => void;

/** Visits every criterion in document order (pre-order), with its JSON path. */
export function walkCriteria(
  criteria: readonly Criterion[],
  visit: Visit,
  path = "criteria",
  depth = 0,
): void {
  for (let i = 0; i < criteria.length; i++) {
    const criterion = criteria[i]!;
    const here = `${path}[${i}]`;
    visit(criterion, here, depth);
    if (isGroup(criterion)) walkCriteria(criterion.children, visit, `${here}.children`, depth + 1);
  }
}

/** Every criterion by code (the first one when codes repeat, which validation refuses). */
export function indexCriteria(criteria: readonly Criterion[]): Map<string, Criterion> {
  const byCode = new Map<string, Criterion>();
  walkCriteria(criteria, (criterion) => {
    if (!byCode.has(criterion.code)) byCode.set(criterion.code, criterion);
  });
  return byCode;
}

export type InputField = "points" | "passed" | "actual" | "count" | "level";

/** The one input field each method takes. */
export function inputField(method: ScoredCriterion["method"]): InputField {
  switch (method) {
    case "manual":
    case "bonus":
      return "points";
    case "passFail":
      return "passed";
    case "target":
    case "leaderRelative":
      return "actual";
    case "perOccurrence":
    case "penalty":
      return "count";
    case "levels":
      return "level";
  }
}
