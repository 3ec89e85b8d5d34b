import type { DbOrTx } from "../../db/types";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import { managesPact } from "../pacts/policy";
import { findPactByCluster } from "../pacts/repo";
import { nextYearClusterId } from "./repo";

export type NextPact = {
  year: number;
  /** null: no next year's cluster, or the actor may not see it. */
  clusterId: string | null;
  /** "none": the next cluster has no pact yet. */
  pactStatus: "none" | "draft" | "signing" | "locked" | null;
  /** Whether this actor may carry tasks into it now (a draft they may edit). */
  canCarry: boolean;
};

/** Where a cluster-year's tasks would be carried, as far as this actor may know, so the screen can say why not. */
export async function nextPactOf(
  db: DbOrTx,
  actor: Actor,
  cluster: { id: string; year: number },
): Promise<NextPact> {
  const year = cluster.year + 1;
  const nextId = await nextYearClusterId(db, cluster.id);
  const found = nextId ? await findClusterWithMembers(db, nextId) : undefined;
  if (!found || !canSeeCluster(actor, found.cluster, found.members))
    return { year, clusterId: null, pactStatus: null, canCarry: false };
  const pact = await findPactByCluster(db, found.cluster.id);
  const pactStatus = pact ? pact.status : "none";
  return {
    year,
    clusterId: found.cluster.id,
    pactStatus,
    canCarry: pactStatus === "draft" && managesPact(actor, found.cluster),
  };
}
