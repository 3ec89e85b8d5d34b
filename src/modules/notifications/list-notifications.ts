import type { Db, DbOrTx } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { deleteEmail, emailOf, findNotification, markRead, notificationsOf, upsertEmail } from "./repo";

const userIdOf = (actor: Actor) => (actor.kind === "user" ? actor.userId : null);

/** The current user's notifications, newest first, with the count not yet read and their e-mail for reminders. */
export async function listNotifications(args: { db: DbOrTx; actor: Actor }) {
  const userId = userIdOf(args.actor);
  if (!userId) return { items: [], unread: 0, email: null };
  const rows = await notificationsOf(args.db, userId);
  const contact = await emailOf(args.db, userId);
  return {
    items: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      taskId: n.taskId,
      title: n.title,
      body: n.body,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
    unread: rows.filter((n) => !n.readAt).length,
    email: contact?.email ?? null,
  };
}

/** Marks one of the user's notifications read; someone else's is a 404. */
export async function markNotificationRead(args: { db: Db; actor: Actor; id: string }) {
  const userId = userIdOf(args.actor);
  const row = await findNotification(args.db, args.id);
  if (!userId || !row || row.userId !== userId) throw notFound("Thông báo");
  await markRead(args.db, userId, args.id, new Date());
}

/** Sets (or with null removes) where the user's reminders are e-mailed. */
export async function setReminderEmail(args: { db: Db; actor: Actor; email: string | null }) {
  const userId = userIdOf(args.actor);
  if (!userId || args.actor.kind !== "user") throw notFound("Tài khoản");
  const councilId = args.actor.grants[0]?.councilId;
  if (args.email === null || !councilId) await deleteEmail(args.db, userId);
  else await upsertEmail(args.db, { userId, councilId, email: args.email });
}
