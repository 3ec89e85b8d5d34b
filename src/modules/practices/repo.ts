import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { practiceReplications, practices } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type PracticeRow = typeof practices.$inferSelect;

export async function insertPractice(tx: DbOrTx, values: typeof practices.$inferInsert) {
  const [row] = await tx.insert(practices).values(values).returning();
  if (!row) throw new Error("insert practice returned nothing");
  return row;
}

export async function findPractice(tx: DbOrTx, id: string, opts: { lock?: boolean } = {}) {
  const q = tx.select().from(practices).where(eq(practices.id, id));
  const [row] = opts.lock ? await q.for("update") : await q;
  return row;
}

export async function listPracticeRows(tx: DbOrTx, where: SQL[]) {
  return tx
    .select()
    .from(practices)
    .where(and(...where))
    .orderBy(desc(practices.year), asc(practices.title));
}

export async function practicesOfReportRows(tx: DbOrTx, reportId: string) {
  return tx
    .select({ id: practices.id, title: practices.title })
    .from(practices)
    .where(eq(practices.reportId, reportId))
    .orderBy(asc(practices.title));
}

export async function updatePracticeIfVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  values: Partial<typeof practices.$inferInsert>,
) {
  const [row] = await tx
    .update(practices)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(practices.id, id), eq(practices.version, version)))
    .returning();
  return row;
}

export async function replicationsOf(tx: DbOrTx, practiceIds: string[]) {
  if (practiceIds.length === 0) return [];
  return tx
    .select()
    .from(practiceReplications)
    .where(inArray(practiceReplications.practiceId, practiceIds))
    .orderBy(asc(practiceReplications.adoptedOn));
}

export async function insertReplication(tx: DbOrTx, values: typeof practiceReplications.$inferInsert) {
  const [row] = await tx.insert(practiceReplications).values(values).returning();
  if (!row) throw new Error("insert replication returned nothing");
  return row;
}
