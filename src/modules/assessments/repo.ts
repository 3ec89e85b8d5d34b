import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import {
  assessmentCorrections,
  assessmentEvents,
  assessmentInputs,
  assessments,
  blobs,
  files,
  reviewAssignments,
  users,
} from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type AssessmentRow = typeof assessments.$inferSelect;
export type InputRow = typeof assessmentInputs.$inferSelect;
export type EventRow = typeof assessmentEvents.$inferSelect;
export type CorrectionRow = typeof assessmentCorrections.$inferSelect;

export async function assessmentsOfCluster(tx: DbOrTx, clusterId: string): Promise<AssessmentRow[]> {
  return tx.select().from(assessments).where(eq(assessments.clusterId, clusterId));
}

export async function inputsOf(tx: DbOrTx, assessmentIds: string[]): Promise<InputRow[]> {
  if (assessmentIds.length === 0) return [];
  return tx.select().from(assessmentInputs).where(inArray(assessmentInputs.assessmentId, assessmentIds));
}

/** The unit's assessment row; with a lock, the row is held until the transaction ends. */
export async function findAssessment(
  tx: DbOrTx,
  clusterId: string,
  unitId: string,
  lock?: "share" | "update",
): Promise<AssessmentRow | undefined> {
  const query = tx
    .select()
    .from(assessments)
    .where(and(eq(assessments.clusterId, clusterId), eq(assessments.unitId, unitId)));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

/** Creates the unit's draft assessment the first time anything is written to it. */
export async function insertAssessmentOnce(
  tx: DbOrTx,
  values: { councilId: string; clusterId: string; unitId: string },
): Promise<void> {
  await tx.insert(assessments).values(values).onConflictDoNothing();
}

/**
 * The cluster-year's assessments (or some units'), locked FOR UPDATE in id order: every writer that touches
 * several takes them this way, before its first audit write, so PostgreSQL never deadlocks.
 */
export async function lockAssessments(
  tx: DbOrTx,
  clusterId: string,
  unitIds?: readonly string[],
): Promise<AssessmentRow[]> {
  if (unitIds && unitIds.length === 0) return [];
  const where = unitIds
    ? and(eq(assessments.clusterId, clusterId), inArray(assessments.unitId, [...unitIds]))
    : eq(assessments.clusterId, clusterId);
  return tx.select().from(assessments).where(where).orderBy(asc(assessments.id)).for("update");
}

/** Any change to an assessment's data moves its version, so an approval can say which state it saw. */
export async function bumpVersion(tx: DbOrTx, id: string): Promise<number> {
  const [row] = await tx
    .update(assessments)
    .set({ version: sql`${assessments.version} + 1`, updatedAt: new Date() })
    .where(eq(assessments.id, id))
    .returning({ version: assessments.version });
  return row?.version ?? 0;
}

/** Compare-and-set on status: undefined when the status was not `from` any more. */
export async function moveStatus(
  tx: DbOrTx,
  id: string,
  from: AssessmentRow["status"],
  to: AssessmentRow["status"],
): Promise<AssessmentRow | undefined> {
  const [moved] = await tx
    .update(assessments)
    .set({ status: to, version: sql`${assessments.version} + 1`, updatedAt: new Date() })
    .where(and(eq(assessments.id, id), eq(assessments.status, from)))
    .returning();
  return moved;
}

export async function findInput(
  tx: DbOrTx,
  assessmentId: string,
  criterionCode: string,
): Promise<InputRow | undefined> {
  const [row] = await tx
    .select()
    .from(assessmentInputs)
    .where(
      and(eq(assessmentInputs.assessmentId, assessmentId), eq(assessmentInputs.criterionCode, criterionCode)),
    );
  return row;
}

export type InputValues = Partial<
  Pick<
    InputRow,
    "selfValue" | "selfNote" | "reviewedValue" | "reviewComment" | "reviewerId" | "explanation" | "finalValue"
  >
>;

export async function userNames(tx: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function insertEvent(tx: DbOrTx, values: typeof assessmentEvents.$inferInsert): Promise<void> {
  await tx.insert(assessmentEvents).values(values);
}

export async function eventsOf(tx: DbOrTx, assessmentId: string): Promise<EventRow[]> {
  return tx
    .select()
    .from(assessmentEvents)
    .where(eq(assessmentEvents.assessmentId, assessmentId))
    .orderBy(asc(assessmentEvents.at));
}

export async function insertCorrection(
  tx: DbOrTx,
  values: typeof assessmentCorrections.$inferInsert,
): Promise<CorrectionRow> {
  const [row] = await tx.insert(assessmentCorrections).values(values).returning();
  if (!row) throw new Error("insert correction returned nothing");
  return row;
}

export async function correctionsOf(tx: DbOrTx, assessmentId: string): Promise<CorrectionRow[]> {
  return tx
    .select()
    .from(assessmentCorrections)
    .where(eq(assessmentCorrections.assessmentId, assessmentId))
    .orderBy(asc(assessmentCorrections.at));
}

export async function assignmentsOfCluster(tx: DbOrTx, clusterId: string) {
  return tx.select().from(reviewAssignments).where(eq(reviewAssignments.clusterId, clusterId));
}

export async function insertAssignment(
  tx: DbOrTx,
  values: typeof reviewAssignments.$inferInsert,
): Promise<boolean> {
  const rows = await tx.insert(reviewAssignments).values(values).onConflictDoNothing().returning();
  return rows.length > 0;
}

export async function deleteAssignment(
  tx: DbOrTx,
  key: { clusterId: string; reviewerUnitId: string; reviewedUnitId: string },
): Promise<boolean> {
  const rows = await tx
    .delete(reviewAssignments)
    .where(
      and(
        eq(reviewAssignments.clusterId, key.clusterId),
        eq(reviewAssignments.reviewerUnitId, key.reviewerUnitId),
        eq(reviewAssignments.reviewedUnitId, key.reviewedUnitId),
      ),
    )
    .returning();
  return rows.length > 0;
}

/** An evidence file's attachment row (not its bytes), for the delete and download checks. */
export async function findEvidenceFile(tx: DbOrTx, fileId: string) {
  const [row] = await tx
    .select()
    .from(files)
    .where(and(eq(files.id, fileId), eq(files.entity, "evidence")));
  return row;
}

export async function deleteEvidenceFile(tx: DbOrTx, fileId: string): Promise<void> {
  await tx.delete(files).where(and(eq(files.id, fileId), eq(files.entity, "evidence")));
}

/** Evidence files of some criteria (entity ids `${assessmentId}:${code}`), with size, type and uploader. */
export async function evidenceOf(tx: DbOrTx, entityIds: string[]) {
  if (entityIds.length === 0) return [];
  return evidenceWhere(tx, inArray(files.entityId, entityIds));
}

/** Evidence files matching `where` (besides being evidence), with size, type and uploader, oldest first. */
export function evidenceWhere(tx: DbOrTx, where: SQL) {
  return tx
    .select({
      id: files.id,
      entityId: files.entityId,
      name: files.name,
      size: blobs.size,
      mime: blobs.mime,
      uploaderId: files.uploadedBy,
      uploaderName: users.displayName,
      uploadedAt: files.uploadedAt,
    })
    .from(files)
    .innerJoin(blobs, eq(blobs.sha256, files.sha256))
    .leftJoin(users, eq(users.id, files.uploadedBy))
    .where(and(eq(files.entity, "evidence"), where))
    .orderBy(asc(files.uploadedAt), asc(files.name));
}
