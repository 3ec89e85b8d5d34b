import { and, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import { referenceDocuments, taskDocuments, tasks } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type ReferenceDocumentRow = typeof referenceDocuments.$inferSelect;

export async function insertReferenceDocument(tx: DbOrTx, values: typeof referenceDocuments.$inferInsert) {
  const [row] = await tx.insert(referenceDocuments).values(values).returning();
  return row as ReferenceDocumentRow;
}

export async function findReferenceDocument(tx: DbOrTx, id: string, opts: { lock?: boolean } = {}) {
  const query = tx.select().from(referenceDocuments).where(eq(referenceDocuments.id, id));
  const [row] = opts.lock ? await query.for("update") : await query;
  return row;
}

export async function updateReferenceDocumentIfVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  values: Partial<typeof referenceDocuments.$inferInsert>,
) {
  const [row] = await tx
    .update(referenceDocuments)
    .set({ ...values, version: version + 1 })
    .where(and(eq(referenceDocuments.id, id), eq(referenceDocuments.version, version)))
    .returning();
  return row;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/gu, (c) => `\\${c}`);

export async function listReferenceDocuments(tx: DbOrTx, councilIds: string[] | null, q?: string) {
  const conditions: SQL[] = [];
  if (councilIds !== null) {
    if (councilIds.length === 0) return [];
    conditions.push(inArray(referenceDocuments.councilId, councilIds));
  }
  if (q) {
    const like = `%${escapeLike(q)}%`;
    const match = or(
      ilike(referenceDocuments.symbol, like),
      ilike(referenceDocuments.canonicalSymbol, like),
      ilike(referenceDocuments.title, like),
      ilike(referenceDocuments.issuingBody, like),
    );
    if (match) conditions.push(match);
  }
  return tx
    .select()
    .from(referenceDocuments)
    .where(and(...conditions))
    .orderBy(referenceDocuments.issuedOn, referenceDocuments.symbol);
}

export async function documentsByIds(tx: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select().from(referenceDocuments).where(inArray(referenceDocuments.id, ids));
}

export async function documentsReplacedBy(tx: DbOrTx, id: string) {
  return tx.select().from(referenceDocuments).where(eq(referenceDocuments.replacedById, id));
}

export async function tasksCarryingOut(tx: DbOrTx, documentId: string) {
  return tx
    .select({ id: tasks.id, title: tasks.title, clusterId: tasks.clusterId })
    .from(taskDocuments)
    .innerJoin(tasks, eq(tasks.id, taskDocuments.taskId))
    .where(eq(taskDocuments.documentId, documentId));
}

export async function documentsOfCouncilBySymbol(tx: DbOrTx, councilId: string, canonical: string[]) {
  if (canonical.length === 0) return [];
  return tx
    .select()
    .from(referenceDocuments)
    .where(
      and(
        eq(referenceDocuments.councilId, councilId),
        inArray(referenceDocuments.canonicalSymbol, canonical),
      ),
    );
}
