import type { RankingStage } from "../../contracts/rankings";
import type { assessmentStatuses } from "../../db/schema";
import { forbidden } from "../../server/errors";
import { type Actor, isCouncilAdmin } from "../auth/actor";

type Status = (typeof assessmentStatuses)[number];
type Inputs = { self: unknown; reviewed: unknown; final: unknown };

export type RankingAccess = {
  /** The head of this cluster and the council see the draft ranking and submitted self-scores. */
  seeDraft: boolean;
  /** Member units the actor works for (unit editor or viewer): they always see their own. */
  ownUnits: ReadonlySet<string>;
};

export function rankingAccess(
  actor: Actor,
  cluster: { id: string; councilId: string },
  memberIds: readonly string[],
): RankingAccess {
  if (actor.kind === "system" || isCouncilAdmin(actor, cluster.councilId)) {
    return { seeDraft: true, ownUnits: new Set() };
  }
  const grants = actor.grants.filter((g) => g.councilId === cluster.councilId);
  const seeDraft = grants.some((g) => g.role === "cluster_head" && g.clusterId === cluster.id);
  const ownUnits = new Set(
    grants
      .filter((g) => (g.role === "unit_editor" || g.role === "unit_viewer") && g.unitId !== null)
      .map((g) => g.unitId as string)
      .filter((id) => memberIds.includes(id)),
  );
  return { seeDraft, ownUnits };
}

/**
 * Which assessments a stage ranks for this actor, and which value of each input it takes. A unit editor
 * never sees another unit's self-scores before they are published; the final ranking is the published one.
 */
export function stageView(stage: RankingStage, access: RankingAccess) {
  const submitted = (s: Status) => s !== "draft";
  switch (stage) {
    case "final":
      return {
        includes: (a: { status: Status; unitId: string }) => a.status === "published",
        valueOf: (i: Inputs) => i.final,
      };
    case "draft":
      if (!access.seeDraft) throw forbidden();
      return {
        includes: (a: { status: Status; unitId: string }) => submitted(a.status),
        valueOf: (i: Inputs) => i.final ?? i.reviewed ?? i.self,
      };
    case "self":
      return {
        includes: (a: { status: Status; unitId: string }) =>
          a.status === "published" ||
          (access.seeDraft && submitted(a.status)) ||
          access.ownUnits.has(a.unitId),
        valueOf: (i: Inputs) => i.self,
      };
  }
}
