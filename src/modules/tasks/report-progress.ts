import { parseInput, validationError } from "../../contracts/parse";
import { reportProgressInput } from "../../contracts/tasks";
import { todayInVietnam } from "../../core/tasks/status";
import type { Db } from "../../db/types";
import { AppError, forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { loadTask } from "./load-task";
import { editsUnit } from "./policy";
import { assignmentsOf, insertReport } from "./repo";

/**
 * An assigned unit reports its progress on a task: text, percentage, figure against the indicator.
 * Refused for a unit the task is not assigned to, for a unit the actor does not edit, on a paused task,
 * and for a date in the future or before the task starts.
 */
export async function reportProgress(args: {
  db: Db;
  actor: Actor;
  taskId: string;
  input: unknown;
  now: Date;
}) {
  const input = parseInput(reportProgressInput, args.input);
  const today = todayInVietnam(args.now);
  return args.db.transaction(async (tx) => {
    // The task row is locked so a pause and a report never cross.
    const { task, units } = await loadTask(tx, args.actor, args.taskId, { lock: true });
    const assigned = await assignmentsOf(tx, [task.id]);
    const unitName = units.find((u) => u.unitId === input.unitId)?.name ?? "Đơn vị này";
    if (!editsUnit(args.actor, task.councilId, input.unitId)) throw forbidden();
    if (!assigned.some((a) => a.unitId === input.unitId)) {
      throw validationError([{ path: "unitId", message: `${unitName} không được giao nhiệm vụ này` }]);
    }
    if (task.paused) {
      throw new AppError("conflict", 409, "Nhiệm vụ đang tạm dừng nên chưa nhận báo cáo tiến độ.");
    }
    const reportedOn = input.reportedOn ?? today;
    if (reportedOn > today) {
      throw validationError([{ path: "reportedOn", message: "Ngày báo cáo không được sau hôm nay" }]);
    }
    if (reportedOn < task.startDate) {
      throw validationError([
        { path: "reportedOn", message: "Ngày báo cáo không được trước ngày bắt đầu nhiệm vụ" },
      ]);
    }
    const report = await insertReport(tx, {
      councilId: task.councilId,
      taskId: task.id,
      unitId: input.unitId,
      reportedOn,
      percent: input.percent,
      figure: input.figure ?? null,
      text: input.text,
      authorId: args.actor.kind === "user" ? args.actor.userId : null,
      authorName: args.actor.kind === "user" ? args.actor.displayName : args.actor.name,
    });
    await recordAudit(tx, args.actor, {
      councilId: task.councilId,
      action: "report_progress",
      entity: "task",
      entityId: task.id,
      after: report,
    });
    return report;
  });
}
