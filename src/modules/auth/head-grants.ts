import type { Tx } from "../../db/types";
import {
  deleteHeadGrantsNotFor,
  headAccountsOf,
  insertHeadGrants,
  lineageIds,
  lockHeadGrants,
} from "./head-grants-repo";

export type HeadAccountsChange = { granted: string[]; revoked: string[] };

/**
 * The head role of a cluster goes with its head unit from year to year (domain.md: the role rotates and the
 * year-end meeting hands it on). The accounts that act as head for a unit — a cluster_head grant naming that
 * unit on any year of the same cluster — act as head of this cluster-year while that unit is its head; the
 * accounts of a unit that is no longer its head lose the role in this year only (past years stay as they were).
 * Runs inside the caller's transaction, which writes the audit row with the change returned.
 */
export async function followHeadUnit(
  tx: Tx,
  cluster: { id: string; councilId: string; code: string },
  headUnitId: string | null,
): Promise<HeadAccountsChange> {
  const current = await lockHeadGrants(tx, cluster.id);
  const revoked = current.filter((g) => g.unitId !== null && g.unitId !== headUnitId).map((g) => g.userId);
  await deleteHeadGrantsNotFor(tx, cluster.id, headUnitId);
  if (!headUnitId) return { granted: [], revoked };
  const lineage = await lineageIds(tx, cluster.councilId, cluster.code);
  const accounts = await headAccountsOf(tx, cluster.councilId, lineage, headUnitId);
  const already = new Set(current.filter((g) => g.unitId === headUnitId).map((g) => g.userId));
  const granted = accounts.filter((userId) => !already.has(userId));
  await insertHeadGrants(
    tx,
    granted.map((userId) => ({
      userId,
      councilId: cluster.councilId,
      clusterId: cluster.id,
      unitId: headUnitId,
    })),
  );
  return { granted, revoked };
}
