import type { Db } from "../../db/types";
import type { Mailer } from "./mailer";
import { runReminders } from "./run-reminders";

/** Runs reminders in this process every `intervalMs` (never two runs at once); returns a stop function. */
export function startReminderWorker(args: {
  db: Db;
  now: () => Date;
  mailer: Mailer | null;
  intervalMs?: number;
}): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runReminders({ db: args.db, now: args.now(), mailer: args.mailer });
    } catch (error) {
      console.error("Nhắc việc lỗi:", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, args.intervalMs ?? 15 * 60_000);
  timer.unref();
  void tick();
  return () => {
    clearInterval(timer);
    args.mailer?.close();
  };
}
