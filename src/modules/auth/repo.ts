import { and, eq, gt, lt, sql } from "drizzle-orm";
import { councils, roleGrants, sessions, users } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export async function findUserByUsername(tx: DbOrTx, username: string) {
  const [row] = await tx.select().from(users).where(eq(users.username, username));
  return row;
}

export async function insertUser(tx: DbOrTx, values: typeof users.$inferInsert) {
  const [row] = await tx.insert(users).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertGrants(tx: DbOrTx, rows: (typeof roleGrants.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(roleGrants).values(rows);
}

export async function grantsOf(tx: DbOrTx, userId: string) {
  return tx
    .select({ grant: roleGrants, councilName: councils.name })
    .from(roleGrants)
    .innerJoin(councils, eq(councils.id, roleGrants.councilId))
    .where(eq(roleGrants.userId, userId));
}

export async function recordFailedLogin(
  tx: DbOrTx,
  userId: string,
  lockUntil: (failed: number) => Date | null,
) {
  const [row] = await tx
    .update(users)
    .set({ failedLogins: sql`${users.failedLogins} + 1` })
    .where(eq(users.id, userId))
    .returning({ failedLogins: users.failedLogins });
  const until = row ? lockUntil(row.failedLogins) : null;
  if (until) await tx.update(users).set({ lockedUntil: until, failedLogins: 0 }).where(eq(users.id, userId));
}

export async function resetFailedLogins(tx: DbOrTx, userId: string) {
  await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function insertSession(tx: DbOrTx, values: typeof sessions.$inferInsert) {
  await tx.insert(sessions).values(values);
}

export async function findLiveSession(tx: DbOrTx, id: string, now: Date) {
  const [row] = await tx
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  return row;
}

export async function deleteSession(tx: DbOrTx, id: string) {
  await tx.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteExpiredSessions(tx: DbOrTx, now: Date) {
  await tx.delete(sessions).where(lt(sessions.expiresAt, now));
}
