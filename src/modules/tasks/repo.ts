import { and, asc, eq, inArray, sql } from "drizzle-orm";
import {
  clusters,
  referenceDocuments,
  taskAssignments,
  taskDocuments,
  taskReports,
  tasks,
} from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type TaskRow = typeof tasks.$inferSelect;
export type AssignmentRow = typeof taskAssignments.$inferSelect;
export type ReportRow = typeof taskReports.$inferSelect;

export async function insertTask(tx: DbOrTx, values: typeof tasks.$inferInsert): Promise<TaskRow> {
  const [row] = await tx.insert(tasks).values(values).returning();
  return row as TaskRow;
}

export async function insertAssignments(tx: DbOrTx, rows: (typeof taskAssignments.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(taskAssignments).values(rows);
}

export async function insertTaskDocuments(tx: DbOrTx, rows: (typeof taskDocuments.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(taskDocuments).values(rows).onConflictDoNothing();
}

export async function findTask(tx: DbOrTx, id: string, opts: { lock?: boolean } = {}) {
  const query = tx.select().from(tasks).where(eq(tasks.id, id));
  const [row] = opts.lock ? await query.for("update") : await query;
  return row;
}

/** Locks tasks in id order, so two carries over overlapping tasks never deadlock. */
export async function lockTasks(tx: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select().from(tasks).where(inArray(tasks.id, ids)).orderBy(asc(tasks.id)).for("update");
}

export async function tasksOfClusters(tx: DbOrTx, clusterIds: string[]) {
  if (clusterIds.length === 0) return [];
  return tx
    .select()
    .from(tasks)
    .where(inArray(tasks.clusterId, clusterIds))
    .orderBy(asc(tasks.deadline), asc(tasks.createdAt));
}

export async function allActiveTasks(tx: DbOrTx) {
  return tx
    .select({ task: tasks, year: clusters.year })
    .from(tasks)
    .innerJoin(clusters, eq(clusters.id, tasks.clusterId))
    .where(eq(tasks.paused, false));
}

export async function assignmentsOf(tx: DbOrTx, taskIds: string[]): Promise<AssignmentRow[]> {
  if (taskIds.length === 0) return [];
  return tx.select().from(taskAssignments).where(inArray(taskAssignments.taskId, taskIds));
}

export async function reportsOf(tx: DbOrTx, taskIds: string[]): Promise<ReportRow[]> {
  if (taskIds.length === 0) return [];
  return tx
    .select()
    .from(taskReports)
    .where(inArray(taskReports.taskId, taskIds))
    .orderBy(asc(taskReports.reportedOn), asc(taskReports.createdAt));
}

export async function insertReport(tx: DbOrTx, values: typeof taskReports.$inferInsert): Promise<ReportRow> {
  const [row] = await tx.insert(taskReports).values(values).returning();
  return row as ReportRow;
}

export async function findReport(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(taskReports).where(eq(taskReports.id, id));
  return row;
}

export async function documentsOfTask(tx: DbOrTx, taskId: string) {
  return tx
    .select({
      id: referenceDocuments.id,
      symbol: referenceDocuments.symbol,
      canonicalSymbol: referenceDocuments.canonicalSymbol,
      title: referenceDocuments.title,
      typeName: referenceDocuments.typeName,
    })
    .from(taskDocuments)
    .innerJoin(referenceDocuments, eq(referenceDocuments.id, taskDocuments.documentId))
    .where(eq(taskDocuments.taskId, taskId))
    .orderBy(asc(referenceDocuments.issuedOn));
}

export async function councilDocumentsIn(tx: DbOrTx, councilId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({ id: referenceDocuments.id })
    .from(referenceDocuments)
    .where(and(eq(referenceDocuments.councilId, councilId), inArray(referenceDocuments.id, ids)));
}

export async function councilDocumentsBySymbol(tx: DbOrTx, councilId: string, canonical: string[]) {
  if (canonical.length === 0) return [];
  return tx
    .select({ id: referenceDocuments.id, canonicalSymbol: referenceDocuments.canonicalSymbol })
    .from(referenceDocuments)
    .where(
      and(
        eq(referenceDocuments.councilId, councilId),
        inArray(referenceDocuments.canonicalSymbol, canonical),
      ),
    );
}

export async function updateTaskIfVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  values: Partial<typeof tasks.$inferInsert>,
) {
  const [row] = await tx
    .update(tasks)
    .set({ ...values, version: sql`${tasks.version} + 1` })
    .where(and(eq(tasks.id, id), eq(tasks.version, version)))
    .returning();
  return row;
}

/** The same cluster next year (the row whose previous_id is this one). */
export async function nextYearClusterId(tx: DbOrTx, clusterId: string): Promise<string | undefined> {
  const [row] = await tx.select({ id: clusters.id }).from(clusters).where(eq(clusters.previousId, clusterId));
  return row?.id;
}
