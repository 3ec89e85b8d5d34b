import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { notificationEmails, notifications, roleGrants, users } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type NotificationRow = typeof notifications.$inferSelect;

/** Users who edit one of these units: the people a unit's reminders go to. */
export async function editorsOfUnits(tx: DbOrTx, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return tx
    .select({ userId: roleGrants.userId, unitId: roleGrants.unitId, email: notificationEmails.email })
    .from(roleGrants)
    .leftJoin(notificationEmails, eq(notificationEmails.userId, roleGrants.userId))
    .where(and(eq(roleGrants.role, "unit_editor"), inArray(roleGrants.unitId, unitIds)));
}

/** Inserts the notification unless this user already has one with this key; returns it only when new. */
export async function insertOnce(tx: DbOrTx, values: typeof notifications.$inferInsert) {
  const [row] = await tx.insert(notifications).values(values).onConflictDoNothing().returning();
  return row;
}

export async function markEmailed(tx: DbOrTx, id: string, at: Date) {
  await tx.update(notifications).set({ emailedAt: at }).where(eq(notifications.id, id));
}

export async function notificationsOf(tx: DbOrTx, userId: string, limit = 100) {
  return tx
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function markRead(tx: DbOrTx, userId: string, id: string, at: Date) {
  const [row] = await tx
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning();
  return row;
}

export async function findNotification(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(notifications).where(eq(notifications.id, id));
  return row;
}

export async function upsertEmail(tx: DbOrTx, values: typeof notificationEmails.$inferInsert) {
  await tx
    .insert(notificationEmails)
    .values(values)
    .onConflictDoUpdate({ target: notificationEmails.userId, set: { email: values.email } });
}

export async function deleteEmail(tx: DbOrTx, userId: string) {
  await tx.delete(notificationEmails).where(eq(notificationEmails.userId, userId));
}

export async function emailOf(tx: DbOrTx, userId: string) {
  const [row] = await tx
    .select({ email: notificationEmails.email, displayName: users.displayName })
    .from(users)
    .leftJoin(notificationEmails, eq(notificationEmails.userId, users.id))
    .where(eq(users.id, userId));
  return row;
}

/** How many of the user's notifications are not read yet (one indexed count, for the header's bell). */
export async function unreadCountOf(tx: DbOrTx, userId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}
