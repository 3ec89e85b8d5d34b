import { and, asc, eq, inArray } from "drizzle-orm";
import { assessmentEvents, assessmentInputs, assessments, pactSignatures, users } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export async function signedUnitsOf(tx: DbOrTx, pactIds: string[]) {
  if (pactIds.length === 0) return [];
  return tx
    .select({ pactId: pactSignatures.pactId, unitId: pactSignatures.unitId })
    .from(pactSignatures)
    .where(inArray(pactSignatures.pactId, pactIds));
}

export async function assessmentsOfClusters(tx: DbOrTx, clusterIds: string[]) {
  if (clusterIds.length === 0) return [];
  return tx
    .select({
      id: assessments.id,
      clusterId: assessments.clusterId,
      unitId: assessments.unitId,
      status: assessments.status,
    })
    .from(assessments)
    .where(inArray(assessments.clusterId, clusterIds));
}

/** The moves that the to-do lists follow: explanation asked and sent, publication. */
export async function workflowEventsOf(tx: DbOrTx, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return [];
  return tx
    .select({
      assessmentId: assessmentEvents.assessmentId,
      fromStatus: assessmentEvents.fromStatus,
      toStatus: assessmentEvents.toStatus,
      note: assessmentEvents.note,
      actorName: assessmentEvents.actorName,
      at: assessmentEvents.at,
    })
    .from(assessmentEvents)
    .where(
      and(
        inArray(assessmentEvents.assessmentId, assessmentIds),
        inArray(assessmentEvents.toStatus, ["explanation", "published"]),
      ),
    )
    .orderBy(asc(assessmentEvents.at), asc(assessmentEvents.id));
}

export async function inputsOfAssessments(tx: DbOrTx, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return [];
  return tx
    .select({
      assessmentId: assessmentInputs.assessmentId,
      criterionCode: assessmentInputs.criterionCode,
      selfValue: assessmentInputs.selfValue,
      reviewedValue: assessmentInputs.reviewedValue,
    })
    .from(assessmentInputs)
    .where(inArray(assessmentInputs.assessmentId, assessmentIds));
}

export async function displayName(tx: DbOrTx, userId: string): Promise<string | null> {
  const [row] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}
