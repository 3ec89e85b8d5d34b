import type { Db, Tx } from "../../db/types";
import { AppError, forbidden, notFound } from "../../server/errors";
import type { UploadedFile } from "../../server/multipart";
import type { Actor } from "../auth/actor";
import { readFile } from "../files/list-files";
import { withBlob } from "../files/put-blob";
import { removeFile } from "../files/remove-file";
import { type StoredFile, storeFile } from "../files/store-file";
import { assertWithinQuota } from "../files/unit-quota";
import { REPORT_FILE_ENTITY } from "./get-report";
import { loadReport } from "./load-report";
import { editsUnit } from "./policy";

/** The unit attaches a file to its report (checked by content: PDF, images, Word, Excel) until it is accepted. */
type Where = { db: Db; actor: Actor; reportId: string };

/** `adding` null: removing, which a full quota must never block. */
async function checkReport(tx: Tx, args: Where, adding: number | null) {
  const { report } = await loadReport(tx, args.actor, args.reportId, { lock: true });
  if (!editsUnit(args.actor, report.councilId, report.unitId)) throw forbidden();
  if (report.status === "accepted") {
    throw new AppError(
      "wrong_status",
      409,
      "Báo cáo đã được tiếp nhận; không thay đổi tệp đính kèm được nữa.",
    );
  }
  if (adding !== null) await assertWithinQuota(tx, report.unitId, adding);
  return report;
}

/** Before reading an upload's body: 404/403/409, or 413 when the unit's quota is already used up. */
export async function mayAttachReportFile(args: Where): Promise<void> {
  await args.db.transaction((tx) => checkReport(tx, args, 0));
}

export async function attachReportFile(args: Where & { file: UploadedFile }): Promise<StoredFile> {
  return withBlob(args.db, args.file, async (tx) => {
    const report = await checkReport(tx, args, args.file.size);
    return storeFile(tx, args.actor, {
      councilId: report.councilId,
      entity: REPORT_FILE_ENTITY,
      entityId: report.id,
      file: args.file,
    });
  });
}

/** The unit's editor removes an attachment until the report is accepted (the audit keeps its name and hash). */
export async function detachReportFile(args: Where & { fileId: string }): Promise<{ id: string }> {
  return args.db.transaction(async (tx) => {
    const report = await checkReport(tx, args, null);
    const removed = await removeFile(tx, args.actor, {
      councilId: report.councilId,
      entity: REPORT_FILE_ENTITY,
      entityId: report.id,
      fileId: args.fileId,
    });
    if (!removed) throw notFound("Tệp");
    return { id: removed.id };
  });
}

/** A report's attachment, for whoever may see the report. */
export async function readReportFile(args: { db: Db; actor: Actor; reportId: string; fileId: string }) {
  await loadReport(args.db, args.actor, args.reportId);
  const file = await readFile(args.db, args.fileId);
  if (!file || file.entity !== REPORT_FILE_ENTITY || file.entityId !== args.reportId) throw notFound("Tệp");
  return file;
}
