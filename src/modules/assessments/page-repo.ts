import { and, asc, eq, inArray, sql } from "drizzle-orm";
import {
  assessmentCorrections,
  assessmentEvents,
  assessmentInputs,
  assessments,
  blobs,
  files,
  users,
} from "../../db/schema";
import type { DbOrTx } from "../../db/types";

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
    .where(
      and(eq(files.entity, "evidence"), inArray(sql<string>`split_part(${files.entityId}, ':', 1)`, ids)),
    )
    .orderBy(asc(files.uploadedAt), asc(files.name));
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
