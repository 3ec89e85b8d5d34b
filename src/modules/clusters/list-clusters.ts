import type { ClusterSummary } from "../../contracts/clusters";
import { compareVi } from "../../core/text/collate";
import type { Db } from "../../db/types";
import { type Actor, visibleCouncilIds } from "../auth/actor";
import { canSeeCluster } from "./policy";
import { memberNamesByCluster, presentSummary } from "./present";
import { listClustersOf, membersOf } from "./repo";

/** The clusters the actor may see, for one year or all, newest year first. */
export async function listClusters(args: { db: Db; actor: Actor; year?: number }): Promise<ClusterSummary[]> {
  const rows = await listClustersOf(args.db, visibleCouncilIds(args.actor), args.year);
  const members = await membersOf(
    args.db,
    rows.map((r) => r.cluster.id),
  );
  const visible = rows.filter((r) =>
    canSeeCluster(
      args.actor,
      r.cluster,
      members.filter((m) => m.clusterId === r.cluster.id),
    ),
  );
  const names = await memberNamesByCluster(args.db, visible, members);
  return visible
    .map((r) =>
      presentSummary(
        r.cluster,
        r.councilName,
        members.filter((m) => m.clusterId === r.cluster.id),
        names.get(r.cluster.id) ?? new Map(),
      ),
    )
    .sort((a, b) => b.year - a.year || compareVi(a.code, b.code));
}

/** Years that have a cluster the actor may see, newest first. */
export async function listYears(args: { db: Db; actor: Actor }): Promise<number[]> {
  const clusters = await listClusters(args);
  return [...new Set(clusters.map((c) => c.year))].sort((a, b) => b - a);
}
