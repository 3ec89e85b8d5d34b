import { type Actor, isCouncilAdmin } from "../auth/actor";
import { canSeeCluster } from "../clusters/policy";
import type { ClusterRow, MemberRow } from "../clusters/repo";

// Documents of a cluster are seen by whoever sees the cluster (they show only published results);
// issuing one — giving it its number for good — is for the council's admins and the cluster's head.

export const canSeeClusterDocuments = (actor: Actor, cluster: ClusterRow, members: readonly MemberRow[]) =>
  canSeeCluster(actor, cluster, members);

export function canIssueClusterDocuments(actor: Actor, cluster: ClusterRow): boolean {
  if (isCouncilAdmin(actor, cluster.councilId)) return true;
  return (
    actor.kind === "user" &&
    actor.grants.some(
      (g) => g.role === "cluster_head" && g.councilId === cluster.councilId && g.clusterId === cluster.id,
    )
  );
}

/** Any account of the council reads its document settings; only its admins change them. */
export const canReadDocumentSettings = (actor: Actor, councilId: string) =>
  actor.kind === "system" || actor.grants.some((g) => g.councilId === councilId);

export const canChangeDocumentSettings = (actor: Actor, councilId: string) =>
  isCouncilAdmin(actor, councilId);
