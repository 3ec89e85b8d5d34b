import { asc, eq, inArray, sql } from "drizzle-orm";
import {
  assessmentCorrections,
  assessmentEvents,
  assessmentInputs,
  assessments,
  files,
} from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { evidenceWhere } from "./repo";

// The assessment page's SQL for a whole cluster-year at once: read once per data version, then every unit's
// page is served from memory (see page-data.ts).

export async function assessmentIdsOfCluster(tx: DbOrTx, clusterId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: assessments.id })
    .from(assessments)
    .where(eq(assessments.clusterId, clusterId));
  return rows.map((r) => r.id);
}

export async function inputsOfAssessments(tx: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select().from(assessmentInputs).where(inArray(assessmentInputs.assessmentId, ids));
}

/** Evidence files of these assessments' criteria (entity id "<assessment id>:<criterion>"), oldest first. */
export async function evidenceOfAssessments(tx: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return evidenceWhere(tx, inArray(sql<string>`split_part(${files.entityId}, ':', 1)`, ids));
}

export async function eventsOfAssessments(tx: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(assessmentEvents)
    .where(inArray(assessmentEvents.assessmentId, ids))
    .orderBy(asc(assessmentEvents.at));
}

export async function correctionsOfAssessments(tx: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(assessmentCorrections)
    .where(inArray(assessmentCorrections.assessmentId, ids))
    .orderBy(asc(assessmentCorrections.at));
}
