import type { Criterion } from "../../contracts/cluster-year";
import type { DbOrTx } from "../../db/types";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import { findPactByCluster } from "../pacts/repo";
import { PACT_MAX_POINTS, pactRoom } from "./pact-room";
import { carriesInto } from "./policy";
import { nextYearClusterId } from "./repo";

export type NextPact = {
  year: number;
  /** null: no next year's cluster, or the actor may not see it. */
  clusterId: string | null;
  /** "none": the next cluster has no pact yet. */
  pactStatus: "none" | "draft" | "signing" | "locked" | null;
  /** Whether this actor may carry tasks into it now (a draft they may edit). */
  canCarry: boolean;
  /** The scale carried criteria must fit under. */
  limit: number;
  /** The draft's maximum base points now and the points left under the scale (null without a pact). */
  total: number | null;
  room: number | null;
};

/** Where a cluster-year's tasks would be carried, as far as this actor may know, so the screen can say why not. */
export async function nextPactOf(
  db: DbOrTx,
  actor: Actor,
  cluster: { id: string; councilId: string; year: number },
): Promise<NextPact> {
  const year = cluster.year + 1;
  const hidden = {
    year,
    clusterId: null,
    pactStatus: null,
    canCarry: false,
    limit: PACT_MAX_POINTS,
    total: null,
    room: null,
  };
  const nextId = await nextYearClusterId(db, cluster.id);
  const found = nextId ? await findClusterWithMembers(db, nextId) : undefined;
  if (!found) return hidden;
  const hasHead = found.members.some((m) => m.role === "head");
  const carries = carriesInto(actor, cluster, { ...found.cluster, hasHead });
  if (!carries && !canSeeCluster(actor, found.cluster, found.members)) return hidden;
  const pact = await findPactByCluster(db, found.cluster.id);
  const room = pact ? pactRoom(pact.criteria as Criterion[]) : null;
  return {
    ...hidden,
    clusterId: found.cluster.id,
    pactStatus: pact ? pact.status : "none",
    canCarry: pact?.status === "draft" && carries,
    total: room?.total ?? null,
    room: room?.room ?? null,
  };
}
