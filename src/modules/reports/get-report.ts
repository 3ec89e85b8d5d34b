import type { ReportDetail } from "../../contracts/reports";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { listFiles } from "../files/list-files";
import { practicesOfReport } from "../practices/practices-of-report";
import { loadReport } from "./load-report";
import { canEditReport, canReopenReport, canReviewReport, editsUnit } from "./policy";
import { fieldsOf, summaryOf } from "./present";
import { eventsOf } from "./repo";
import { unitNameLookup } from "./unit-names";

export const REPORT_FILE_ENTITY = "report";

/** A report with its text, timeline, attachments, the practices drawn from it, and what the actor may do. */
export async function getReport(args: { db: Db; actor: Actor; reportId: string }): Promise<ReportDetail> {
  const { report, period, cluster } = await loadReport(args.db, args.actor, args.reportId);
  const nameOf = await unitNameLookup(args.db, [report.unitId]);
  const events = await eventsOf(args.db, report.id);
  const files = await listFiles(args.db, REPORT_FILE_ENTITY, [report.id]);
  const edit = canEditReport(args.actor, report);
  return {
    ...summaryOf(report, period, nameOf(report.unitId, report.year) ?? ""),
    version: report.version,
    fields: fieldsOf(period),
    sections: report.sections as ReportDetail["sections"],
    reopenedUntil: report.reopenedUntil,
    events: events.map((e) => ({
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      actorName: e.actorName,
      at: e.at.toISOString(),
    })),
    files: files.map(({ entityId: _e, ...f }) => f),
    practices: await practicesOfReport(args.db, report.id),
    can: {
      edit,
      submit: edit,
      review: canReviewReport(args.actor, cluster, report),
      reopen: canReopenReport(args.actor, cluster, report),
      attach:
        edit || (editsUnit(args.actor, report.councilId, report.unitId) && report.status !== "accepted"),
    },
  };
}
