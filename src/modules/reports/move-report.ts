import { parseInput, validationError } from "../../contracts/parse";
import {
  acceptReportInput,
  reopenReportInput,
  returnReportInput,
  submitReportInput,
} from "../../contracts/reports";
import { todayVn } from "../../core/orgs/dated";
import type { Db } from "../../db/types";
import { AppError, conflict, forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { loadReport } from "./load-report";
import { canReopenReport, canReviewReport, editsUnit, managesReports } from "./policy";
import { lastDayOf } from "./present";
import { insertEvent, type ReportRow, updateReportIfVersion } from "./repo";

export type ReportMove = "submit" | "return" | "accept" | "reopen";

const wrong = (message: string) => new AppError("wrong_status", 409, message);
const vnDate = (iso: string) => iso.split("-").reverse().join("/");

/**
 * Moves a report: the unit submits (by the deadline, or the day the head reopened it until); the head or
 * council returns it with a reason, accepts it, or reopens it after the deadline. Each move is on the
 * timeline and audited.
 */
export async function moveReport(args: {
  db: Db;
  actor: Actor;
  reportId: string;
  move: ReportMove;
  input: unknown;
  /** The day it happened (YYYY-MM-DD): for the system only (demo, import of past years). */
  on?: string;
}) {
  return args.db.transaction(async (tx) => {
    const { report, period, cluster } = await loadReport(tx, args.actor, args.reportId, { lock: true });
    const today = args.on && args.actor.kind === "system" ? args.on : todayVn();
    let values: Partial<ReportRow>;
    let note: string | null = null;
    let version: number;
    switch (args.move) {
      case "submit": {
        version = parseInput(submitReportInput, args.input).version;
        if (!editsUnit(args.actor, report.councilId, report.unitId)) throw forbidden();
        if (report.status !== "draft" && report.status !== "returned") throw wrong("Báo cáo đã được nộp.");
        const until = lastDayOf(report, period);
        if (today > until) {
          throw wrong(`Đã quá hạn nộp (${vnDate(until)}). Đề nghị cụm trưởng mở lại báo cáo để nộp muộn.`);
        }
        values = {
          status: "submitted",
          submittedAt: args.on ? new Date(`${today}T09:00:00+07:00`) : new Date(),
        };
        break;
      }
      case "return": {
        const input = parseInput(returnReportInput, args.input);
        version = input.version;
        if (!managesReports(args.actor, cluster)) throw forbidden();
        if (!canReviewReport(args.actor, cluster, report)) throw wrong("Chỉ trả lại được báo cáo đã nộp.");
        values = { status: "returned" };
        note = input.reason;
        break;
      }
      case "accept": {
        version = parseInput(acceptReportInput, args.input).version;
        if (!managesReports(args.actor, cluster)) throw forbidden();
        if (!canReviewReport(args.actor, cluster, report)) throw wrong("Chỉ tiếp nhận được báo cáo đã nộp.");
        values = { status: "accepted" };
        break;
      }
      case "reopen": {
        const input = parseInput(reopenReportInput, args.input);
        version = input.version;
        if (!managesReports(args.actor, cluster)) throw forbidden();
        if (!canReopenReport(args.actor, cluster, report)) {
          throw wrong("Chỉ mở lại được báo cáo chưa nộp hoặc bị trả lại.");
        }
        if (input.until < today)
          throw validationError([{ path: "until", message: "Ngày mở lại phải từ hôm nay trở đi" }]);
        values = { reopenedUntil: input.until };
        note = `Mở lại để nộp đến ngày ${vnDate(input.until)}`;
        break;
      }
      default: {
        const never: never = args.move;
        throw new Error(`unknown move ${String(never)}`);
      }
    }
    if (report.version !== version)
      throw conflict("Báo cáo vừa thay đổi. Hãy tải lại trang rồi thao tác lại.");
    const moved = await updateReportIfVersion(tx, report.id, report.version, values);
    if (!moved) throw conflict("Báo cáo vừa thay đổi. Hãy tải lại trang rồi thao tác lại.");
    await insertEvent(tx, {
      councilId: report.councilId,
      reportId: report.id,
      fromStatus: report.status,
      toStatus: moved.status,
      note,
      actorId: args.actor.kind === "user" ? args.actor.userId : null,
      actorName: args.actor.kind === "user" ? args.actor.displayName : args.actor.name,
    });
    await recordAudit(tx, args.actor, {
      councilId: report.councilId,
      action: args.move,
      entity: "report",
      entityId: report.id,
      before: { status: report.status, version: report.version, reopenedUntil: report.reopenedUntil },
      after: { status: moved.status, version: moved.version, reopenedUntil: moved.reopenedUntil, note },
    });
    return moved;
  });
}
