import { and, eq, sql } from "drizzle-orm";
import { runBuiltOnce } from "../../db/built-once";
import { assessmentInputs, assessments, clusters, pacts } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { type PactForScoring, pactForScoringColumns, shapePactForScoring } from "../pacts/pact-for-scoring";
import type { AssessmentRow, InputRow } from "./repo";

export type ContextRows = {
  scoring: PactForScoring;
  assessment: AssessmentRow | undefined;
  /** The units assigned to review this unit's assessment. */
  reviewerUnitIds: string[];
  /** With `criterionCode`: that criterion's input, locked as the assessment is (undefined when none yet). */
  input: InputRow | undefined;
};

/**
 * In one statement: the cluster-year's pact and members (as `pactForScoring`), the unit's assessment row
 * (locked as asked, held until the transaction ends: the lock is taken on the row's latest version) and the
 * units assigned to review it; with `criterionCode`, that input too, locked after the assessment (so it is
 * its latest version, written by whoever held the assessment before). Undefined when the cluster does not exist.
 */
export async function contextRows(
  tx: DbOrTx,
  clusterId: string,
  unitId: string,
  lock?: "share" | "update",
  criterionCode?: string,
): Promise<ContextRows | undefined> {
  const key = `assessments.context:${lock ?? "read"}:${criterionCode === undefined ? "no-input" : "input"}`;
  const [row] = await runBuiltOnce(tx, key, (db) => contextQuery(db, lock, criterionCode !== undefined), {
    clusterId,
    unitId,
    criterionCode: criterionCode ?? "",
  });
  if (!row) return undefined;
  return {
    scoring: shapePactForScoring(row),
    assessment: row.assessment ?? undefined,
    reviewerUnitIds: row.reviewerUnitIds,
    input: row.input ?? undefined,
  };
}

/** The statement of `contextRows`, with placeholders: clusterId, unitId, criterionCode. */
function contextQuery(tx: DbOrTx, lock: "share" | "update" | undefined, withInput: boolean) {
  const clusterId = sql.placeholder("clusterId");
  const unitId = sql.placeholder("unitId");
  const own = tx
    .select()
    .from(assessments)
    .where(and(eq(assessments.clusterId, clusterId), eq(assessments.unitId, unitId)));
  const mine = (lock ? own.for(lock) : own).as("own");
  // Lateral on the assessment's id, so the input is read (and locked) after the assessment is.
  const inputQuery = tx
    .select()
    .from(assessmentInputs)
    .where(
      and(
        eq(assessmentInputs.assessmentId, mine.id),
        eq(assessmentInputs.criterionCode, sql.placeholder("criterionCode")),
        withInput ? undefined : sql`false`,
      ),
    );
  const theInput = (lock ? inputQuery.for(lock) : inputQuery).as("the_input");
  return tx
    .select({
      ...pactForScoringColumns,
      // Every column of the row: the result is typed as AssessmentRow, so a new column fails the build here.
      assessment: {
        id: mine.id,
        councilId: mine.councilId,
        clusterId: mine.clusterId,
        unitId: mine.unitId,
        status: mine.status,
        version: mine.version,
        updatedAt: mine.updatedAt,
      },
      input: {
        councilId: theInput.councilId,
        assessmentId: theInput.assessmentId,
        criterionCode: theInput.criterionCode,
        selfValue: theInput.selfValue,
        selfNote: theInput.selfNote,
        reviewedValue: theInput.reviewedValue,
        reviewComment: theInput.reviewComment,
        reviewerId: theInput.reviewerId,
        explanation: theInput.explanation,
        finalValue: theInput.finalValue,
        version: theInput.version,
        updatedBy: theInput.updatedBy,
        updatedAt: theInput.updatedAt,
      },
      reviewerUnitIds: sql<string[]>`(
        select coalesce(json_agg(r.reviewer_unit_id), '[]'::json) from review_assignments r
        where r.cluster_id = ${clusters.id} and r.reviewed_unit_id = ${unitId})`,
    })
    .from(clusters)
    .leftJoin(pacts, eq(pacts.clusterId, clusters.id))
    .leftJoin(mine, sql`true`)
    .leftJoinLateral(theInput, sql`true`)
    .where(eq(clusters.id, clusterId));
}
