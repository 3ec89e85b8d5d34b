import type { ScoredCriterion } from "../../../src/contracts/cluster-year";
import type { AssessmentDetail } from "./assessments-api";
import { pointsOf, round2 } from "./formula";
import { asScoreValue } from "./value-input";

export type ReviewTotal = { total: number; reviewed: number };

/**
 * The total the reviewer's values give, for the reviewer to read beside the self total: the self total
 * with each reviewed criterion's points in place of its self points (a penalty's taken off). Null when
 * nothing is reviewed yet, when there is no self total, or when a reviewed value's points depend on
 * the other units (only the server knows them). Group and bonus caps are the server's: an estimate.
 */
export function reviewTotal(
  assessment: AssessmentDetail,
  byCode: ReadonlyMap<string, ScoredCriterion>,
): ReviewTotal | null {
  const self = assessment.totals.self;
  if (!self) return null;
  let total = self.total;
  let reviewed = 0;
  for (const row of assessment.criteria) {
    const criterion = byCode.get(row.code);
    const value = asScoreValue(row.reviewed.value);
    if (row.isGroup || !criterion || value === null) continue;
    if (row.invalid) return null;
    // The unit's own target if it registered one, else the criterion's.
    const targets = criterion as { target?: number; targets?: Record<string, number> };
    const target = targets.targets?.[assessment.unitCode] ?? targets.target;
    const points = pointsOf(criterion, value, target);
    if (points === null) return null;
    const delta = points - (row.scores.self ?? 0);
    total += criterion.method === "penalty" ? -delta : delta;
    reviewed += 1;
  }
  return reviewed === 0 ? null : { total: round2(total), reviewed };
}
