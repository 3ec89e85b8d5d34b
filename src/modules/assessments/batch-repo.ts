import { and, asc, eq, inArray } from "drizzle-orm";
import { assessmentInputs } from "../../db/schema";
import type { Tx } from "../../db/types";
import type { InputRow } from "./repo";

/**
 * Locks the stored inputs a batch will write, in key order (assessment, then criterion code), so two
 * batches over the same criteria wait for each other instead of deadlocking; the audit head comes after.
 */
export async function lockInputs(tx: Tx, assessmentId: string, codes: string[]): Promise<InputRow[]> {
  if (codes.length === 0) return [];
  return tx
    .select()
    .from(assessmentInputs)
    .where(
      and(eq(assessmentInputs.assessmentId, assessmentId), inArray(assessmentInputs.criterionCode, codes)),
    )
    .orderBy(asc(assessmentInputs.criterionCode))
    .for("update");
}
