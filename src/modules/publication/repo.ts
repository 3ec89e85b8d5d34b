import { desc, eq } from "drizzle-orm";
import { clusterPublications, pacts } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

// The publication's SQL. Lock order for every writer of a cluster-year's results: the pact row, then the
// assessments in id order, then the publication row, then the council's audit head.

export type PublicationRow = typeof clusterPublications.$inferSelect;

/** The cluster-year's latest publication (reopened or not); undefined when it was never published. */
export async function latestPublication(
  tx: DbOrTx,
  clusterId: string,
  lock = false,
): Promise<PublicationRow | undefined> {
  const query = tx
    .select()
    .from(clusterPublications)
    .where(eq(clusterPublications.clusterId, clusterId))
    .orderBy(desc(clusterPublications.seq))
    .limit(1);
  const [row] = lock ? await query.for("update") : await query;
  return row;
}

export async function insertPublication(
  tx: DbOrTx,
  values: typeof clusterPublications.$inferInsert,
): Promise<PublicationRow> {
  const [row] = await tx.insert(clusterPublications).values(values).returning();
  if (!row) throw new Error("insert publication returned nothing");
  return row;
}

export async function markReopened(
  tx: DbOrTx,
  id: string,
  values: { reopenedBy: string | null; reopenReason: string },
): Promise<void> {
  await tx
    .update(clusterPublications)
    .set({ ...values, reopenedAt: new Date() })
    .where(eq(clusterPublications.id, id));
}

/** The pact row under a share lock: no amendment commits until this transaction ends. */
export async function sharePact(tx: DbOrTx, clusterId: string) {
  const [row] = await tx.select().from(pacts).where(eq(pacts.clusterId, clusterId)).for("share");
  return row;
}
