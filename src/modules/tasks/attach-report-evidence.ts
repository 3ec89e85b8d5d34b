import type { Db } from "../../db/types";
import { forbidden, notFound } from "../../server/errors";
import type { UploadedFile } from "../../server/multipart";
import type { Actor } from "../auth/actor";
import { withBlob } from "../files/put-blob";
import { storeFile } from "../files/store-file";
import { REPORT_EVIDENCE } from "./get-task";
import { loadTask } from "./load-task";
import { editsUnit } from "./policy";
import { findReport } from "./repo";

/** Evidence (minh chứng) for a progress report, attached by an editor of the reporting unit. */
export async function attachReportEvidence(args: {
  db: Db;
  actor: Actor;
  taskId: string;
  reportId: string;
  file: UploadedFile;
}) {
  return withBlob(args.db, args.file, async (tx) => {
    const { task } = await loadTask(tx, args.actor, args.taskId, { lock: true });
    const report = await findReport(tx, args.reportId);
    if (!report || report.taskId !== task.id) throw notFound("Báo cáo tiến độ");
    if (!editsUnit(args.actor, task.councilId, report.unitId)) throw forbidden();
    return storeFile(tx, args.actor, {
      councilId: task.councilId,
      entity: REPORT_EVIDENCE,
      entityId: report.id,
      file: args.file,
    });
  });
}
