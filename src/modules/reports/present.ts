import type { ReportField, ReportSummary } from "../../contracts/reports";
import { todayVn } from "../../core/orgs/dated";
import type { PeriodRow, ReportRow } from "./repo";

/** The last day a report may be submitted: the deadline, or a later day the head reopened it until. */
export const lastDayOf = (report: ReportRow, period: PeriodRow): string =>
  report.reopenedUntil && report.reopenedUntil > period.deadline ? report.reopenedUntil : period.deadline;

export function summaryOf(report: ReportRow, period: PeriodRow, unitName: string): ReportSummary {
  const open = report.status === "draft" || report.status === "returned";
  return {
    id: report.id,
    periodId: period.id,
    clusterId: report.clusterId,
    kind: period.kind,
    year: report.year,
    unitId: report.unitId,
    unitName,
    title: report.title,
    status: report.status,
    deadline: period.deadline,
    overdue: open && todayVn() > lastDayOf(report, period),
    submittedAt: report.submittedAt?.toISOString() ?? null,
    updatedAt: report.updatedAt.toISOString(),
  };
}

export const fieldsOf = (period: PeriodRow) => period.fields as ReportField[];
