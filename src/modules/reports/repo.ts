import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { consolidatedReports, reportEvents, reportPeriods, reports } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type PeriodRow = typeof reportPeriods.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;

export async function insertPeriod(tx: DbOrTx, values: typeof reportPeriods.$inferInsert) {
  const [row] = await tx.insert(reportPeriods).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findPeriod(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(reportPeriods).where(eq(reportPeriods.id, id));
  return row;
}

export async function periodsOfClusters(tx: DbOrTx, clusterIds: string[]) {
  if (clusterIds.length === 0) return [];
  return tx
    .select()
    .from(reportPeriods)
    .where(inArray(reportPeriods.clusterId, clusterIds))
    .orderBy(asc(reportPeriods.deadline));
}

export async function insertReports(tx: DbOrTx, rows: (typeof reports.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return tx.insert(reports).values(rows).returning();
}

export async function findReport(tx: DbOrTx, id: string, opts: { lock?: boolean } = {}) {
  const q = tx.select().from(reports).where(eq(reports.id, id));
  const [row] = opts.lock ? await q.for("update") : await q;
  return row;
}

export async function listReportRows(tx: DbOrTx, where: SQL[]) {
  return tx
    .select({ report: reports, period: reportPeriods })
    .from(reports)
    .innerJoin(reportPeriods, eq(reportPeriods.id, reports.periodId))
    .where(and(...where))
    .orderBy(desc(reports.year), asc(reportPeriods.kind), asc(reports.title));
}

/** Compare-and-set on version: undefined when someone saved first. */
export async function updateReportIfVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  values: Partial<typeof reports.$inferInsert>,
) {
  const [row] = await tx
    .update(reports)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(reports.id, id), eq(reports.version, version)))
    .returning();
  return row;
}

export async function insertEvent(tx: DbOrTx, values: typeof reportEvents.$inferInsert) {
  await tx.insert(reportEvents).values(values);
}

export async function eventsOf(tx: DbOrTx, reportId: string) {
  return tx
    .select()
    .from(reportEvents)
    .where(eq(reportEvents.reportId, reportId))
    .orderBy(asc(reportEvents.at), asc(reportEvents.id));
}

export async function findConsolidated(tx: DbOrTx, periodId: string, opts: { lock?: boolean } = {}) {
  const q = tx.select().from(consolidatedReports).where(eq(consolidatedReports.periodId, periodId));
  const [row] = opts.lock ? await q.for("update") : await q;
  return row;
}

export async function insertConsolidated(tx: DbOrTx, values: typeof consolidatedReports.$inferInsert) {
  const [row] = await tx.insert(consolidatedReports).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateConsolidatedIfVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  values: Partial<typeof consolidatedReports.$inferInsert>,
) {
  const [row] = await tx
    .update(consolidatedReports)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(consolidatedReports.id, id), eq(consolidatedReports.version, version)))
    .returning();
  return row;
}
