import { forbidden, notFound } from "../../server/errors";
import { type Actor, isCouncilAdmin } from "../auth/actor";
import { canSeeCluster } from "../clusters/policy";
import type { ClusterRow, MemberRow } from "../clusters/repo";

/** 404 for who may not know the cluster exists; otherwise whether they may publish and reopen (the council). */
export function publicationAccess(
  actor: Actor,
  found: { cluster: ClusterRow; members: MemberRow[] } | undefined,
): { cluster: ClusterRow; members: MemberRow[]; manages: boolean } {
  if (!found || !canSeeCluster(actor, found.cluster, found.members)) throw notFound("Cụm thi đua");
  return { ...found, manages: isCouncilAdmin(actor, found.cluster.councilId) };
}

/** Publishing and reopening are the council's acts: 403 for anyone else who sees the cluster. */
export function assertManages(access: { manages: boolean }): void {
  if (!access.manages) throw forbidden();
}
