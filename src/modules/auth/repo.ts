import { and, eq, gt, lt, ne, or, sql } from "drizzle-orm";
import { runBuiltOnce } from "../../db/built-once";
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

export async function insertSession(tx: DbOrTx, values: typeof sessions.$inferInsert) {
  await tx.insert(sessions).values(values);
}

/** A session neither past its lifetime nor idle since `idleSince`. */
export async function findLiveSession(tx: DbOrTx, id: string, now: Date, idleSince: Date) {
  const [row] = await tx
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince)));
  return row;
}

/** When each live session was last marked used; an ended one (signed out, expired, idle) is absent. */
export async function liveSessionsSeenAt(tx: DbOrTx, ids: string[], now: Date, idleSince: Date) {
  // Every request reads this: built once, the ids as one array parameter whatever their number.
  const rows = await runBuiltOnce(tx, "auth.live-sessions", liveSessionsQuery, {
    ids,
    now: now.toISOString(),
    idleSince: idleSince.toISOString(),
  });
  return new Map(rows.map((r) => [r.id, r.lastSeenAt]));
}

function liveSessionsQuery(tx: DbOrTx) {
  return tx
    .select({ id: sessions.id, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(
      and(
        sql`${sessions.id} = any(${sql.placeholder("ids")}::text[])`,
        gt(sessions.expiresAt, sql.placeholder("now")),
        gt(sessions.lastSeenAt, sql.placeholder("idleSince")),
      ),
    );
}

/** Marks a session used now, writing only when the mark is older than `staleBefore`. */
export async function touchSession(tx: DbOrTx, id: string, now: Date, staleBefore: Date) {
  await tx
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, id), lt(sessions.lastSeenAt, staleBefore)));
}

/** Ends every session of a user but one; returns how many ended. */
export async function deleteOtherSessions(tx: DbOrTx, userId: string, keepId: string) {
  const rows = await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keepId)))
    .returning({ id: sessions.id });
  return rows.map((r) => r.id);
}

/** Ends every session of a user; returns the ended sessions' ids. */
export async function deleteUserSessions(tx: DbOrTx, userId: string) {
  const rows = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return rows.map((r) => r.id);
}

export async function findUserById(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, id));
  return row;
}

/** Sets a new hash only if the stored one is still `oldHash` (no change came in between); whether it did. */
export async function replacePasswordHash(tx: DbOrTx, userId: string, oldHash: string, newHash: string) {
  const rows = await tx
    .update(users)
    .set({ passwordHash: newHash })
    .where(and(eq(users.id, userId), eq(users.passwordHash, oldHash)))
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function deleteSession(tx: DbOrTx, id: string) {
  await tx.delete(sessions).where(eq(sessions.id, id));
}

/** Deletes sessions past their lifetime or idle since `idleSince`; returns how many went. */
export async function deleteExpiredSessions(tx: DbOrTx, now: Date, idleSince: Date): Promise<number> {
  const rows = await tx
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)))
    .returning({ id: sessions.id });
  return rows.length;
}
