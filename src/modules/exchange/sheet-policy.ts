import type { Db } from "../../db/types";
import { forbidden } from "../../server/errors";
import { type Actor, isCouncilAdmin } from "../auth/actor";
import type { Member, RankingContext } from "../rankings/load-ranking";
import { reviewAssignmentsOf } from "./repo";

/**
 * The units whose scoring sheet the actor may fill in at a stage. Self: a unit editor, their own unit;
 * the council, every member (it may enter for a unit). Review: the head and the council,
 * every member; a unit editor, the units the council assigned their unit to cross-score.
 * Viewers and observers fill in nothing (403).
 */
export async function sheetUnits(
  db: Db,
  actor: Actor,
  ctx: RankingContext,
  stage: "self" | "review",
): Promise<Member[]> {
  // Self values are the unit's own (or the council's, entering for it); the head reviews, it does not self-score.
  if (isCouncilAdmin(actor, ctx.cluster.councilId)) return ctx.members;
  if (stage === "review" && ctx.access.seeDraft) return ctx.members;
  const editorOf = new Set(
    actor.kind === "user"
      ? actor.grants
          .filter((g) => g.role === "unit_editor" && g.councilId === ctx.cluster.councilId && g.unitId)
          .map((g) => g.unitId as string)
      : [],
  );
  let allowed: Set<string>;
  if (stage === "self") {
    allowed = editorOf;
  } else {
    const assignments = await reviewAssignmentsOf(db, ctx.cluster.id);
    allowed = new Set(
      assignments
        .filter((a) => editorOf.has(a.reviewerUnitId) && a.reviewedUnitId !== a.reviewerUnitId)
        .map((a) => a.reviewedUnitId),
    );
  }
  const units = ctx.members.filter((m) => allowed.has(m.unitId));
  if (units.length === 0) throw forbidden();
  return units;
}
