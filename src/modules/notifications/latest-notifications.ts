import type { DbOrTx } from "../../db/types";
import type { Actor } from "../auth/actor";
import { notificationsOf, unreadCountOf } from "./repo";

/** How many the bell shows at most: the latest few, the page has the rest. */
export const BELL_ITEMS = 5;

/** The header bell's view: the unread count and the latest few notifications, newest first. */
export async function latestNotifications(args: { db: DbOrTx; actor: Actor }) {
  if (args.actor.kind !== "user") return { unread: 0, items: [] };
  const userId = args.actor.userId;
  const [unread, rows] = await Promise.all([
    unreadCountOf(args.db, userId),
    notificationsOf(args.db, userId, BELL_ITEMS),
  ]);
  return {
    unread,
    items: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      taskId: n.taskId,
      title: n.title,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
  };
}
