import type { DbOrTx } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { readFile } from "../files/list-files";
import { REPORT_EVIDENCE } from "./get-task";
import { loadTask } from "./load-task";
import { findReport } from "./repo";

/** Evidence of a report on this task, for whoever sees the task's cluster; any other file is a 404. */
export async function readReportEvidence(args: { db: DbOrTx; actor: Actor; taskId: string; fileId: string }) {
  const { task } = await loadTask(args.db, args.actor, args.taskId);
  const file = await readFile(args.db, args.fileId);
  const report = file?.entity === REPORT_EVIDENCE ? await findReport(args.db, file.entityId) : undefined;
  if (!file || !report || report.taskId !== task.id) throw notFound("Tệp");
  return { name: file.name, mime: file.mime, size: file.size, stream: file.stream, bytes: file.bytes };
}
