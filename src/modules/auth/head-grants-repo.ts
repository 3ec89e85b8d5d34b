import { and, eq, inArray, isNotNull, ne } from "drizzle-orm";
import { clusters, roleGrants } from "../../db/schema";
import type { Tx } from "../../db/types";

/** Every year's row of one cluster (same council and code). */
export async function lineageIds(tx: Tx, councilId: string, code: string): Promise<string[]> {
  const rows = await tx
    .select({ id: clusters.id })
    .from(clusters)
    .where(and(eq(clusters.councilId, councilId), eq(clusters.code, code)));
  return rows.map((r) => r.id);
}

/** The users holding a cluster_head grant that names `unitId`, on any of these cluster-years. */
export async function headAccountsOf(tx: Tx, councilId: string, clusterIds: string[], unitId: string) {
  if (clusterIds.length === 0) return [];
  const rows = await tx
    .selectDistinct({ userId: roleGrants.userId })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.councilId, councilId),
        eq(roleGrants.role, "cluster_head"),
        eq(roleGrants.unitId, unitId),
        inArray(roleGrants.clusterId, clusterIds),
      ),
    );
  return rows.map((r) => r.userId);
}

/** The cluster_head grants on one cluster-year, locked in id order (the grants are rewritten next). */
export async function lockHeadGrants(tx: Tx, clusterId: string) {
  return tx
    .select({ id: roleGrants.id, userId: roleGrants.userId, unitId: roleGrants.unitId })
    .from(roleGrants)
    .where(and(eq(roleGrants.role, "cluster_head"), eq(roleGrants.clusterId, clusterId)))
    .orderBy(roleGrants.id)
    .for("update");
}

/** Removes the cluster-year's head grants that name a unit other than `unitId` (all unit-named ones when null). */
export async function deleteHeadGrantsNotFor(tx: Tx, clusterId: string, unitId: string | null) {
  const conditions = [
    eq(roleGrants.role, "cluster_head"),
    eq(roleGrants.clusterId, clusterId),
    isNotNull(roleGrants.unitId),
  ];
  if (unitId) conditions.push(ne(roleGrants.unitId, unitId));
  await tx.delete(roleGrants).where(and(...conditions));
}

export async function insertHeadGrants(
  tx: Tx,
  rows: { userId: string; councilId: string; clusterId: string; unitId: string }[],
) {
  if (rows.length > 0)
    await tx.insert(roleGrants).values(rows.map((r) => ({ ...r, role: "cluster_head" as const })));
}
