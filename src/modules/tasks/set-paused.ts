import { parseInput } from "../../contracts/parse";
import { setPausedInput } from "../../contracts/tasks";
import type { Db } from "../../db/types";
import { conflict, forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { loadTask } from "./load-task";
import { managesTasks } from "./policy";
import { updateTaskIfVersion } from "./repo";

const stale = () => conflict("Nhiệm vụ vừa được người khác thay đổi. Hãy tải lại trang rồi thử lại.");

/** Pauses or resumes a task (the only typed state: overdue and done are computed). */
export async function setTaskPaused(args: { db: Db; actor: Actor; taskId: string; input: unknown }) {
  const input = parseInput(setPausedInput, args.input);
  return args.db.transaction(async (tx) => {
    const { task, cluster } = await loadTask(tx, args.actor, args.taskId, { lock: true });
    if (!managesTasks(args.actor, cluster)) throw forbidden();
    if (task.version !== input.version) throw stale();
    const saved = await updateTaskIfVersion(tx, task.id, input.version, { paused: input.paused });
    if (!saved) throw stale();
    await recordAudit(tx, args.actor, {
      councilId: task.councilId,
      action: input.paused ? "pause" : "resume",
      entity: "task",
      entityId: task.id,
      before: { paused: task.paused, version: task.version },
      after: { paused: saved.paused, version: saved.version },
    });
    return saved;
  });
}
