import type { Db, Tx } from "../../db/types";
import { forbidden, notFound } from "../../server/errors";
import type { UploadedFile } from "../../server/multipart";
import type { Actor } from "../auth/actor";
import { withBlob } from "../files/put-blob";
import { storeFile } from "../files/store-file";
import { assertWithinQuota } from "../files/unit-quota";
import { REPORT_EVIDENCE } from "./get-task";
import { loadTask } from "./load-task";
import { editsUnit } from "./policy";
import { findReport } from "./repo";

type Where = { db: Db; actor: Actor; taskId: string; reportId: string };

/** The report, if the actor edits its unit and the unit has room for `size` more bytes. */
async function checkReport(tx: Tx, args: Where, size: number) {
  const { task } = await loadTask(tx, args.actor, args.taskId, { lock: true });
  const report = await findReport(tx, args.reportId);
  if (!report || report.taskId !== task.id) throw notFound("Báo cáo tiến độ");
  if (!editsUnit(args.actor, task.councilId, report.unitId)) throw forbidden();
  await assertWithinQuota(tx, report.unitId, size);
  return { task, report };
}

/** Before reading an upload's body: 404/403, or 413 when the unit's quota is already used up. */
export async function mayAttachReportEvidence(args: Where): Promise<void> {
  await args.db.transaction((tx) => checkReport(tx, args, 0));
}

/** Evidence (minh chứng) for a progress report, attached by an editor of the reporting unit. */
export async function attachReportEvidence(args: Where & { file: UploadedFile }) {
  return withBlob(args.db, args.file, async (tx) => {
    const { task, report } = await checkReport(tx, args, args.file.size);
    return storeFile(tx, args.actor, {
      councilId: task.councilId,
      entity: REPORT_EVIDENCE,
      entityId: report.id,
      file: args.file,
    });
  });
}
