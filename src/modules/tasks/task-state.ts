import { type TaskStatus, taskProgress, taskStatus, unitStatus } from "../../core/tasks/status";
import type { AssignmentRow, ReportRow, TaskRow } from "./repo";

export type UnitState = {
  unitId: string;
  lead: boolean;
  target: number | null;
  percent: number | null;
  figure: number | null;
  lastReportedOn: string | null;
  status: TaskStatus;
};

export type TaskState = { status: TaskStatus; progress: number; units: UnitState[] };

/** The one place a task's state is computed: each unit's latest report, its status, the task's status and progress. */
export function computeTaskState(
  task: TaskRow,
  assignments: readonly AssignmentRow[],
  reports: readonly ReportRow[],
  today: string,
): TaskState {
  // Reports come ordered by date then entry time, so the last one of a unit is its latest.
  const latest = new Map<string, ReportRow>();
  for (const r of reports) if (r.taskId === task.id && r.reportedOn <= today) latest.set(r.unitId, r);
  const units = assignments
    .filter((a) => a.taskId === task.id)
    .map((a) => {
      const report = latest.get(a.unitId);
      const percent = report?.percent ?? null;
      return {
        unitId: a.unitId,
        lead: a.lead,
        target: a.target,
        percent,
        figure: report?.figure ?? null,
        lastReportedOn: report?.reportedOn ?? null,
        status: unitStatus(task, percent, today),
      };
    });
  const percents = units.map((u) => u.percent);
  return { status: taskStatus(task, percents, today), progress: taskProgress(percents), units };
}
