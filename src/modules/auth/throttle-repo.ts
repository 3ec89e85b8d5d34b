import { lt, sql } from "drizzle-orm";
import { type authEventKinds, authEvents, signInThrottle } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

/**
 * Counts one attempt on a key in a single statement (the row is locked by the upsert, so 50 parallel
 * attempts count 50), forgetting a key idle since `forgetBefore`. Returns the count including this
 * attempt and when the previous attempt was.
 */
export async function countAttempt(
  tx: DbOrTx,
  key: string,
  now: Date,
  forgetBefore: Date,
): Promise<{ attempts: number; prevAt: Date | null }> {
  const t = signInThrottle;
  const stale = sql`${t.lastAt} < ${forgetBefore.toISOString()}::timestamptz`;
  const [row] = await tx
    .insert(t)
    .values({ key, attempts: 1, lastAt: now, prevAt: null })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        attempts: sql`CASE WHEN ${stale} THEN 1 ELSE ${t.attempts} + 1 END`,
        prevAt: sql`CASE WHEN ${stale} THEN NULL ELSE ${t.lastAt} END`,
        lastAt: now,
      },
    })
    .returning({ attempts: t.attempts, prevAt: t.prevAt });
  if (!row) throw new Error("sign-in throttle upsert returned nothing");
  return row;
}

/** A successful sign-in takes its own attempt back (one statement, never below zero). */
export async function uncountAttempt(tx: DbOrTx, key: string) {
  await tx
    .update(signInThrottle)
    .set({ attempts: sql`GREATEST(${signInThrottle.attempts} - 1, 0)` })
    .where(sql`${signInThrottle.key} = ${key}`);
}

export async function clearAttempts(tx: DbOrTx, key: string) {
  await tx.delete(signInThrottle).where(sql`${signInThrottle.key} = ${key}`);
}

export async function forgetIdleKeys(tx: DbOrTx, before: Date) {
  await tx.delete(signInThrottle).where(lt(signInThrottle.lastAt, before));
}

export type AuthEventKind = (typeof authEventKinds)[number];

export async function insertAuthEvent(
  tx: DbOrTx,
  event: {
    kind: AuthEventKind;
    username: string;
    userId: string | null;
    address: string;
    detail?: string;
    at: Date;
  },
) {
  await tx.insert(authEvents).values({ ...event, detail: event.detail ?? null });
}
