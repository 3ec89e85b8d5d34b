// A task's state is computed from the clock and the reports, never typed (only pausing is a decision).

export const TASK_STATUSES = ["not_started", "in_progress", "done", "overdue", "paused"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const STATUS_NAMES_VI: Record<TaskStatus, string> = {
  not_started: "Chưa bắt đầu",
  in_progress: "Đang thực hiện",
  done: "Hoàn thành",
  overdue: "Quá hạn",
  paused: "Tạm dừng",
};

/** Today's date in Viet Nam (UTC+7, no daylight saving) as YYYY-MM-DD. */
export function todayInVietnam(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Whole days from a to b (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export type TaskTiming = { startDate: string; deadline: string; paused: boolean };

/** One unit's state on a task, from its latest reported percentage (null: no report yet). */
export function unitStatus(task: TaskTiming, latestPercent: number | null, today: string): TaskStatus {
  if (latestPercent === 100) return "done";
  if (task.paused) return "paused";
  if (today > task.deadline) return "overdue";
  if (latestPercent === null || latestPercent === 0) return "not_started";
  return "in_progress";
}

/** The task's state over its assigned units: done when every unit is at 100 %, overdue when any is late. */
export function taskStatus(
  task: TaskTiming,
  latestPercents: readonly (number | null)[],
  today: string,
): TaskStatus {
  if (latestPercents.length > 0 && latestPercents.every((p) => p === 100)) return "done";
  if (task.paused) return "paused";
  if (today > task.deadline) return "overdue";
  if (latestPercents.every((p) => p === null || p === 0)) return "not_started";
  return "in_progress";
}

/** A task's progress: the mean of its units' latest percentages (a unit without a report counts 0). */
export function taskProgress(latestPercents: readonly (number | null)[]): number {
  if (latestPercents.length === 0) return 0;
  const sum = latestPercents.reduce<number>((s, p) => s + (p ?? 0), 0);
  return Math.round((sum / latestPercents.length) * 10) / 10;
}

/** The cluster's progress: tasks' progress weighted by their weight, to one decimal. */
export function weightedProgress(items: readonly { weight: number; progress: number }[]): number {
  const total = items.reduce((s, t) => s + t.weight, 0);
  if (total === 0) return 0;
  const sum = items.reduce((s, t) => s + t.weight * t.progress, 0);
  return Math.round((sum / total) * 10) / 10;
}
