import type { UnitResult } from "../../contracts/cluster-year";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import type { Ignored } from "../rankings/build-file";
import { type RankingContext, rankingContext, rankingView } from "../rankings/load-ranking";
import type { AssessmentStatus } from "./scores-of-cluster";

export type UnitScores = {
  self: UnitResult | undefined;
  /** The published record's result; before publication, the provisional one for the head and the council. */
  final: UnitResult | undefined;
  /** Under review, for the head and the council: the unit as the provisional ranking counts it (reviewed values). */
  review: UnitResult | undefined;
  /** Inputs the pact no longer accepts (after an amendment): flagged, never silently scored. */
  invalid: Ignored[];
};

/**
 * A unit's self and final results as the ranking gives them to this actor: the same use case, the same set
 * of units, so a unit has one total everywhere. A unit the actor may read but that the stage leaves out
 * (its own draft, another unit's submitted one for a unit editor) is scored with the units the actor sees,
 * so no total is drawn from inputs the actor may not see. Callers check the actor may read the unit.
 */
export async function scoresForUnits(
  db: Db,
  actor: Actor,
  clusterId: string,
  units: { unitId: string; code: string; status: AssessmentStatus }[],
  context?: RankingContext,
): Promise<Map<string, UnitScores>> {
  const ctx = context ?? (await rankingContext(db, actor, clusterId));
  const self = await rankingView(ctx, "self");
  const published = await rankingView(ctx, "final");
  const provisional = ctx.access.seeDraft ? await rankingView(ctx, "draft") : undefined;
  const out = new Map<string, UnitScores>();
  for (const unit of units) {
    const find = (r: { unit: string }) => r.unit === unit.code;
    let ownSelf = self.ranking?.results.find(find);
    let selfIgnored = self.ignored;
    if (!ownSelf && unit.status !== "published") {
      const alone = await rankingView(ctx, "self", "stage", unit.unitId);
      ownSelf = alone.ranking?.results.find(find);
      selfIgnored = alone.ignored;
    }
    const finalView =
      unit.status === "published" ? published : unit.status === "final" ? provisional : undefined;
    const final = finalView?.ranking?.results.find(find);
    const reviewView = UNDER_REVIEW.has(unit.status) ? provisional : undefined;
    const review = reviewView?.ranking?.results.find(find);
    const invalid = [...selfIgnored, ...(finalView?.ignored ?? []), ...(reviewView?.ignored ?? [])].filter(
      (i) => i.unit === unit.code,
    );
    out.set(unit.unitId, { self: ownSelf, final, review, invalid: uniqueByCriterion(invalid) });
  }
  return out;
}

const UNDER_REVIEW: ReadonlySet<AssessmentStatus> = new Set(["submitted", "reviewed", "explanation"]);

/** One flag per criterion: the self and the reviewed stage may both leave the same input out. */
function uniqueByCriterion(list: Ignored[]): Ignored[] {
  const seen = new Set<string>();
  return list.filter((i) => {
    if (seen.has(i.criterion)) return false;
    seen.add(i.criterion);
    return true;
  });
}
