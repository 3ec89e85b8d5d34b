import type { Db } from "../../db/types";
import { dueReminders } from "../tasks/due-reminders";
import type { Mailer } from "./mailer";
import { editorsOfUnits, insertOnce, markEmailed } from "./repo";

/**
 * Delivers the reminders due at `now` to the editors of each unit: in the app, and by e-mail when a mailer
 * is configured and the user gave an address. Idempotent: a reminder already delivered to a user is
 * skipped, so running it again (or from two processes) fires nothing twice.
 */
export async function runReminders(args: { db: Db; now: Date; mailer?: Mailer | null }) {
  const due = await dueReminders(args.db, args.now);
  const recipients = await editorsOfUnits(args.db, [...new Set(due.map((d) => d.unitId))]);
  const fresh: { id: string; email: string | null; title: string; body: string }[] = [];
  await args.db.transaction(async (tx) => {
    for (const reminder of due) {
      for (const r of recipients.filter((x) => x.unitId === reminder.unitId)) {
        const row = await insertOnce(tx, {
          councilId: reminder.councilId,
          userId: r.userId,
          key: reminder.key,
          kind: reminder.kind,
          taskId: reminder.taskId,
          title: reminder.title,
          body: reminder.body,
          createdAt: args.now,
        });
        if (row) fresh.push({ id: row.id, email: r.email, title: row.title, body: row.body });
      }
    }
  });
  let emailed = 0;
  // E-mail goes after commit: a failed send never undoes the in-app reminder; the next run does not resend.
  if (args.mailer) {
    for (const n of fresh.filter((f) => f.email)) {
      try {
        await args.mailer.send({ to: n.email as string, subject: `[thidua] ${n.title}`, text: n.body });
        await markEmailed(args.db, n.id, new Date());
        emailed++;
      } catch (error) {
        console.error(`Không gửi được thư nhắc việc ${n.id}:`, error);
      }
    }
  }
  return { created: fresh.length, emailed };
}
