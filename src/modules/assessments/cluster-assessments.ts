import type { DbOrTx } from "../../db/types";
import { type AssessmentRow, assessmentsOfCluster, lockAssessments } from "./repo";

/**
 * Locks a cluster-year's assessments (all, or some units') FOR UPDATE in id order, for use cases in other
 * modules that move many at once: the one lock order that keeps PostgreSQL from deadlocking.
 */
export const lockClusterAssessments = (
  tx: DbOrTx,
  clusterId: string,
  unitIds?: readonly string[],
): Promise<AssessmentRow[]> => lockAssessments(tx, clusterId, unitIds);

/** The cluster-year's assessment rows (status, version), unlocked; no policy check: callers check. */
export const assessmentsOfClusterYear = (tx: DbOrTx, clusterId: string): Promise<AssessmentRow[]> =>
  assessmentsOfCluster(tx, clusterId);
