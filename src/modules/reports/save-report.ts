import { parseInput } from "../../contracts/parse";
import { saveReportInput } from "../../contracts/reports";
import type { Db } from "../../db/types";
import { AppError, conflict, forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { loadReport } from "./load-report";
import { canEditReport, editsUnit } from "./policy";
import { updateReportIfVersion } from "./repo";
import { cleanSections, searchTextOf } from "./sections";

/** The unit saves its report's text (sanitised) while it is a draft or returned; a stale version is a 409. */
export async function saveReport(args: { db: Db; actor: Actor; reportId: string; input: unknown }) {
  const input = parseInput(saveReportInput, args.input);
  return args.db.transaction(async (tx) => {
    const { report, fields } = await loadReport(tx, args.actor, args.reportId, { lock: true });
    if (!editsUnit(args.actor, report.councilId, report.unitId)) throw forbidden();
    if (!canEditReport(args.actor, report)) {
      throw new AppError(
        "wrong_status",
        409,
        "Báo cáo đã nộp; chỉ sửa được khi còn là bản nháp hoặc bị trả lại.",
      );
    }
    if (report.version !== input.version) {
      throw conflict("Báo cáo vừa được người khác lưu. Hãy tải lại để xem bản mới rồi sửa tiếp.");
    }
    const sections = cleanSections(fields, input.sections);
    const saved = await updateReportIfVersion(tx, report.id, report.version, {
      sections,
      searchText: searchTextOf(fields, sections),
    });
    if (!saved) throw conflict("Báo cáo vừa được người khác lưu. Hãy tải lại để xem bản mới rồi sửa tiếp.");
    await recordAudit(tx, args.actor, {
      councilId: report.councilId,
      action: "save",
      entity: "report",
      entityId: report.id,
      before: { version: report.version },
      after: { version: saved.version, sections },
    });
    return saved;
  });
}
