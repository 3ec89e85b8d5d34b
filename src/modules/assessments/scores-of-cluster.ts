import type { ScoreInput, Scores } from "../../contracts/cluster-year";
import type { assessmentStatuses } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { assessmentsOfCluster, inputsOf } from "./repo";

export type AssessmentStatus = (typeof assessmentStatuses)[number];
export type Stage = "self" | "reviewed" | "final";

/**
 * The inputs of a cluster-year at one stage, keyed unit code → criterion code, as the scoring engine
 * takes them; only assessments whose status is in `statuses`. A reviewed value falls back to the self value
 * where the reviewer kept it. No policy check: callers check.
 */
export async function scoresOfCluster(
  db: DbOrTx,
  clusterId: string,
  unitCodes: Map<string, string>,
  stage: Stage,
  statuses: readonly AssessmentStatus[],
): Promise<{ scores: Scores; statuses: Map<string, AssessmentStatus> }> {
  const rows = (await assessmentsOfCluster(db, clusterId)).filter((a) => statuses.includes(a.status));
  const inputs = await inputsOf(
    db,
    rows.map((a) => a.id),
  );
  const scores: Scores = {};
  const byUnit = new Map<string, AssessmentStatus>();
  for (const a of rows) {
    const code = unitCodes.get(a.unitId);
    if (!code) continue;
    byUnit.set(code, a.status);
    const unitScores: Record<string, ScoreInput> = {};
    for (const i of inputs.filter((x) => x.assessmentId === a.id)) {
      const value =
        stage === "self"
          ? i.selfValue
          : stage === "reviewed"
            ? (i.reviewedValue ?? i.selfValue)
            : i.finalValue;
      if (value !== null && value !== undefined) unitScores[i.criterionCode] = value as ScoreInput;
    }
    scores[code] = unitScores;
  }
  return { scores, statuses: byUnit };
}
