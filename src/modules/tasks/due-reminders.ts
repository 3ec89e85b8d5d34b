import { DEADLINE_NOTICE_DAYS, lastEndedPeriod, reportingPeriods } from "../../core/tasks/periods";
import { daysBetween, todayInVietnam } from "../../core/tasks/status";
import type { DbOrTx } from "../../db/types";
import { allActiveTasks, assignmentsOf, reportsOf } from "./repo";
import { computeTaskState } from "./task-state";

export type DueReminder = {
  councilId: string;
  taskId: string;
  unitId: string;
  kind: "deadline" | "missing_report";
  /** Same reminder, same key: delivery stores it once per user. */
  key: string;
  title: string;
  body: string;
};

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The reminders due today for every unit that has not finished a task: the deadline within
 * DEADLINE_NOTICE_DAYS, and a missing report for the reporting period that has just ended.
 */
export async function dueReminders(db: DbOrTx, now: Date): Promise<DueReminder[]> {
  const today = todayInVietnam(now);
  const rows = (await allActiveTasks(db)).map((r) => r.task);
  const ids = rows.map((t) => t.id);
  const [assignments, reports] = await Promise.all([assignmentsOf(db, ids), reportsOf(db, ids)]);
  const due: DueReminder[] = [];
  for (const task of rows) {
    const state = computeTaskState(task, assignments, reports, today);
    const daysLeft = daysBetween(today, task.deadline);
    const period = lastEndedPeriod(reportingPeriods(task.cadence, task.startDate, task.deadline), today);
    for (const unit of state.units) {
      if (unit.status === "done") continue;
      const base = { councilId: task.councilId, taskId: task.id, unitId: unit.unitId };
      if (daysLeft >= 0 && daysLeft <= DEADLINE_NOTICE_DAYS) {
        due.push({
          ...base,
          kind: "deadline",
          key: `deadline:${task.id}:${unit.unitId}:${task.deadline}`,
          title: `Sắp đến hạn: ${task.title}`,
          body: `Nhiệm vụ hết hạn ngày ${vnDate(task.deadline)} (còn ${daysLeft} ngày); đơn vị đã báo cáo ${unit.percent ?? 0}%.`,
        });
      }
      if (period) {
        const reported = reports.some(
          (r) =>
            r.taskId === task.id &&
            r.unitId === unit.unitId &&
            r.reportedOn >= period.from &&
            r.reportedOn <= period.to,
        );
        if (!reported) {
          due.push({
            ...base,
            kind: "missing_report",
            key: `missing:${task.id}:${unit.unitId}:${period.to}`,
            title: `Chưa báo cáo tiến độ: ${task.title}`,
            body: `Đơn vị chưa gửi báo cáo tiến độ kỳ ${vnDate(period.from)} – ${vnDate(period.to)}.`,
          });
        }
      }
    }
  }
  return due;
}
