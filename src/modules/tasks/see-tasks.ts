import type { DbOrTx } from "../../db/types";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import type { ClusterRow, MemberRow } from "../clusters/repo";
import { headsNextYear } from "./policy";
import { nextYearClusterId } from "./repo";

/** Who sees a cluster-year's tasks: whoever sees the cluster, and next year's head (policy.ts: headsNextYear). */
export async function seesClusterTasks(
  db: DbOrTx,
  actor: Actor,
  found: { cluster: ClusterRow; members: MemberRow[] },
): Promise<boolean> {
  if (canSeeCluster(actor, found.cluster, found.members)) return true;
  if (actor.kind !== "user" || !actor.grants.some((g) => g.role === "cluster_head")) return false;
  const nextId = await nextYearClusterId(db, found.cluster.id);
  const next = nextId ? await findClusterWithMembers(db, nextId) : undefined;
  return headsNextYear(actor, next?.cluster);
}

/** The cluster-years just before those the actor heads, which they see for their tasks only. */
export async function clustersBeforeHeaded(db: DbOrTx, actor: Actor) {
  if (actor.kind !== "user") return [];
  const out: { id: string; councilId: string; name: string; year: number }[] = [];
  for (const g of actor.grants) {
    if (g.role !== "cluster_head" || !g.clusterId) continue;
    const headed = await findClusterWithMembers(db, g.clusterId);
    const previousId = headed?.cluster.previousId;
    const previous = previousId ? await findClusterWithMembers(db, previousId) : undefined;
    if (!previous || !headsNextYear(actor, headed?.cluster)) continue;
    const { id, councilId, name, year } = previous.cluster;
    if (!out.some((c) => c.id === id)) out.push({ id, councilId, name, year });
  }
  return out;
}
