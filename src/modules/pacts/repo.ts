import { and, eq } from "drizzle-orm";
import { pactAmendments, pactSignatures, pacts } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type PactRow = typeof pacts.$inferSelect;

export async function findPactByCluster(tx: DbOrTx, clusterId: string): Promise<PactRow | undefined> {
  const [row] = await tx.select().from(pacts).where(eq(pacts.clusterId, clusterId));
  return row;
}

export async function insertPact(
  tx: DbOrTx,
  values: typeof pacts.$inferInsert,
): Promise<PactRow | undefined> {
  const [row] = await tx.insert(pacts).values(values).onConflictDoNothing().returning();
  return row;
}

/** Compare-and-set on version: returns undefined when someone else saved first. */
export async function updatePactIfVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  values: Partial<typeof pacts.$inferInsert>,
): Promise<PactRow | undefined> {
  const [row] = await tx
    .update(pacts)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(pacts.id, id), eq(pacts.version, version)))
    .returning();
  return row;
}

export async function signaturesOf(tx: DbOrTx, pactId: string) {
  return tx.select().from(pactSignatures).where(eq(pactSignatures.pactId, pactId));
}

export async function insertSignature(tx: DbOrTx, values: typeof pactSignatures.$inferInsert) {
  const [row] = await tx.insert(pactSignatures).values(values).onConflictDoNothing().returning();
  return row;
}

export async function amendmentsOf(tx: DbOrTx, pactId: string) {
  return tx.select().from(pactAmendments).where(eq(pactAmendments.pactId, pactId));
}

export async function insertAmendment(tx: DbOrTx, values: typeof pactAmendments.$inferInsert) {
  await tx.insert(pactAmendments).values(values);
}
