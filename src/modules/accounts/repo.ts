import { and, eq, inArray } from "drizzle-orm";
import { clusterMembers, clusters, organizations, roleGrants, users } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

/** The council's accounts (any grant in it) with those grants only, the clusters' names and years joined. */
export async function accountGrantsIn(tx: DbOrTx, councilId: string, userIds?: string[]) {
  const conditions = [eq(roleGrants.councilId, councilId)];
  if (userIds) {
    if (userIds.length === 0) return [];
    conditions.push(inArray(roleGrants.userId, userIds));
  }
  return tx
    .select({
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      createdAt: users.createdAt,
      role: roleGrants.role,
      clusterId: roleGrants.clusterId,
      clusterName: clusters.name,
      clusterYear: clusters.year,
      unitId: roleGrants.unitId,
    })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .leftJoin(clusters, eq(clusters.id, roleGrants.clusterId))
    .where(and(...conditions));
}

/** Which of these organisations are member units of the council. */
export async function unitsOfCouncil(tx: DbOrTx, councilId: string, unitIds: string[]): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const rows = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.councilId, councilId),
        eq(organizations.kind, "unit"),
        inArray(organizations.id, unitIds),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** The council's clusters among these, each with its head unit (null when it has none). */
export async function headUnitsOf(
  tx: DbOrTx,
  councilId: string,
  clusterIds: string[],
): Promise<Map<string, string | null>> {
  if (clusterIds.length === 0) return new Map();
  const rows = await tx
    .select({ clusterId: clusters.id, headUnitId: clusterMembers.unitId })
    .from(clusters)
    .leftJoin(clusterMembers, and(eq(clusterMembers.clusterId, clusters.id), eq(clusterMembers.role, "head")))
    .where(and(eq(clusters.councilId, councilId), inArray(clusters.id, clusterIds)));
  return new Map(rows.map((r) => [r.clusterId, r.headUnitId]));
}

/** The user's row, locked while its password changes. */
export async function lockUser(tx: DbOrTx, userId: string) {
  const [row] = await tx
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  return row;
}

/** The councils in which the user holds any grant. */
export async function councilsOfUser(tx: DbOrTx, userId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ councilId: roleGrants.councilId })
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId));
  return rows.map((r) => r.councilId).sort();
}

export async function setPasswordHash(tx: DbOrTx, userId: string, passwordHash: string) {
  await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
}
