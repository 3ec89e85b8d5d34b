import { and, eq, inArray, ne } from "drizzle-orm";
import { assessments, clusterMembers, clusterPublications, clusters, councils, pacts } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type ClusterRow = typeof clusters.$inferSelect;
export type MemberRow = typeof clusterMembers.$inferSelect;

export async function insertCluster(
  tx: DbOrTx,
  values: typeof clusters.$inferInsert,
): Promise<ClusterRow | undefined> {
  const [row] = await tx.insert(clusters).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertMembers(tx: DbOrTx, rows: (typeof clusterMembers.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(clusterMembers).values(rows);
}

export async function findCluster(tx: DbOrTx, id: string) {
  const [row] = await tx
    .select({ cluster: clusters, councilName: councils.name })
    .from(clusters)
    .innerJoin(councils, eq(councils.id, clusters.councilId))
    .where(eq(clusters.id, id));
  return row;
}

export async function listClustersOf(tx: DbOrTx, councilIds: string[] | null, year?: number) {
  const conditions = [];
  if (councilIds !== null) {
    if (councilIds.length === 0) return [];
    conditions.push(inArray(clusters.councilId, councilIds));
  }
  if (year !== undefined) conditions.push(eq(clusters.year, year));
  return tx
    .select({ cluster: clusters, councilName: councils.name })
    .from(clusters)
    .innerJoin(councils, eq(councils.id, clusters.councilId))
    .where(and(...conditions));
}

export async function findClusterByCodeYear(tx: DbOrTx, councilId: string, code: string, year: number) {
  const [row] = await tx
    .select()
    .from(clusters)
    .where(and(eq(clusters.councilId, councilId), eq(clusters.code, code), eq(clusters.year, year)));
  return row;
}

export async function membersOf(tx: DbOrTx, clusterIds: string[]): Promise<MemberRow[]> {
  if (clusterIds.length === 0) return [];
  return tx.select().from(clusterMembers).where(inArray(clusterMembers.clusterId, clusterIds));
}

export async function membershipsOfUnit(tx: DbOrTx, unitId: string) {
  return tx
    .select({ cluster: clusters, role: clusterMembers.role })
    .from(clusterMembers)
    .innerJoin(clusters, eq(clusters.id, clusterMembers.clusterId))
    .where(eq(clusterMembers.unitId, unitId));
}

/** Sets one member's role (the caller keeps one head per cluster). */
export async function setMemberRole(tx: DbOrTx, clusterId: string, unitId: string, role: MemberRow["role"]) {
  await tx
    .update(clusterMembers)
    .set({ role })
    .where(and(eq(clusterMembers.clusterId, clusterId), eq(clusterMembers.unitId, unitId)));
}

/**
 * Of these cluster-years, those that have begun: a pact past drafting (open for signing, locked), an
 * assessment, or a publication. A year with only an empty draft (just cloned or imported) has not.
 */
export async function begunClusterIds(tx: DbOrTx, clusterIds: string[]): Promise<Set<string>> {
  if (clusterIds.length === 0) return new Set();
  const signed = await tx
    .select({ id: pacts.clusterId })
    .from(pacts)
    .where(and(inArray(pacts.clusterId, clusterIds), ne(pacts.status, "draft")));
  const assessed = await tx
    .selectDistinct({ id: assessments.clusterId })
    .from(assessments)
    .where(inArray(assessments.clusterId, clusterIds));
  const published = await tx
    .selectDistinct({ id: clusterPublications.clusterId })
    .from(clusterPublications)
    .where(inArray(clusterPublications.clusterId, clusterIds));
  return new Set([...signed, ...assessed, ...published].map((r) => r.id));
}
