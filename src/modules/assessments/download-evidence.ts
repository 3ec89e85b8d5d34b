import type { Db } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { readFile } from "../files/list-files";
import { EVIDENCE } from "./attach-evidence";
import { loadAssessmentContext } from "./load-context";

/** An evidence file's bytes, for whoever may read the assessment it belongs to (404 for anyone else). */
export async function downloadEvidence(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  fileId: string;
}) {
  const ctx = await loadAssessmentContext(args.db, args.actor, args.clusterId, args.unitId);
  const file = await readFile(args.db, args.fileId);
  if (
    !ctx.assessment ||
    !file ||
    file.entity !== EVIDENCE ||
    !file.entityId.startsWith(`${ctx.assessment.id}:`)
  ) {
    throw notFound("Tệp minh chứng");
  }
  return { name: file.name, mime: file.mime, size: file.size, stream: file.stream, bytes: file.bytes };
}
