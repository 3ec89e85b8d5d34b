import { eq, inArray } from "drizzle-orm";
import { assessmentInputs, assessments } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type AssessmentRow = typeof assessments.$inferSelect;
export type InputRow = typeof assessmentInputs.$inferSelect;

export async function assessmentsOfCluster(tx: DbOrTx, clusterId: string): Promise<AssessmentRow[]> {
  return tx.select().from(assessments).where(eq(assessments.clusterId, clusterId));
}

export async function inputsOf(tx: DbOrTx, assessmentIds: string[]): Promise<InputRow[]> {
  if (assessmentIds.length === 0) return [];
  return tx.select().from(assessmentInputs).where(inArray(assessmentInputs.assessmentId, assessmentIds));
}
