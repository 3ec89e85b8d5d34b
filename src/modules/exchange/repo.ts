import { and, count, eq, inArray } from "drizzle-orm";
import { assessments, clusters, councils, organizations, reviewAssignments } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

// The import and export's own SQL. Rows of other modules are written through their repos (see the use cases).

export async function councilById(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(councils).where(eq(councils.id, id));
  return row;
}

export async function allCouncils(tx: DbOrTx) {
  return tx.select({ id: councils.id, code: councils.code, name: councils.name }).from(councils);
}

/** Clusters with this code and year in any council (the CLI finds one by code and year). */
export async function clustersByCodeYear(tx: DbOrTx, code: string, year: number) {
  return tx
    .select({ id: clusters.id, councilId: clusters.councilId })
    .from(clusters)
    .where(and(eq(clusters.code, code), eq(clusters.year, year)));
}

export async function organizationsWithCodes(tx: DbOrTx, councilId: string, codes: string[]) {
  if (codes.length === 0) return [];
  return tx
    .select()
    .from(organizations)
    .where(and(eq(organizations.councilId, councilId), inArray(organizations.code, codes)));
}

export async function assessmentCount(tx: DbOrTx, clusterId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(assessments).where(eq(assessments.clusterId, clusterId));
  return Number(row?.n ?? 0);
}

/** The units that reviewer units were assigned to cross-score in a cluster-year. */
export async function reviewAssignmentsOf(tx: DbOrTx, clusterId: string) {
  return tx
    .select({
      reviewerUnitId: reviewAssignments.reviewerUnitId,
      reviewedUnitId: reviewAssignments.reviewedUnitId,
    })
    .from(reviewAssignments)
    .where(eq(reviewAssignments.clusterId, clusterId));
}
