import type { DbOrTx } from "../../db/types";
import { countAttempt } from "./throttle-repo";

/** Wrong guesses allowed from one address at one username before backoff starts. */
export const PAIR_FREE_ATTEMPTS = 5;
/** Attempts (net of successes) allowed from one address at any usernames before backoff starts. */
export const ADDRESS_FREE_ATTEMPTS = 30;
/** Backoff doubles from one minute up to this. */
export const MAX_BACKOFF_MINUTES = 15;
/** A key with no attempt for this long starts again from zero. */
export const FORGET_AFTER_HOURS = 24;

/** The wait required before attempt number `attempts` on a key that allows `free` attempts. */
export function backoffMs(attempts: number, free: number): number {
  if (attempts <= free) return 0;
  return Math.min(2 ** (attempts - free - 1), MAX_BACKOFF_MINUTES) * 60_000;
}

export const pairKey = (address: string, username: string) =>
  `pair:${address}|${username.trim().toLowerCase()}`;
export const addressKey = (address: string) => `addr:${address}`;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryMinutes: number };

/**
 * Counts this attempt on the (address, username) pair and on the address, and decides whether it may be
 * evaluated. The username alone is never a key: then anyone could lock anyone out (admin included) with
 * five requests. Every attempt counts, refused ones too, so hammering keeps the wait at its longest.
 */
export async function throttleSignIn(
  db: DbOrTx,
  address: string,
  username: string,
  now: Date,
): Promise<ThrottleVerdict> {
  return throttleOn(db, now, [
    { key: pairKey(address, username), free: PAIR_FREE_ATTEMPTS },
    { key: addressKey(address), free: ADDRESS_FREE_ATTEMPTS },
  ]);
}

/**
 * Guesses at one's current password (to change it) count on the same (address, username) pair as
 * sign-ins: a stolen session must not become a way to guess the password without the sign-in's backoff.
 */
export const throttlePasswordCheck = (
  db: DbOrTx,
  address: string,
  username: string,
  now: Date,
): Promise<ThrottleVerdict> =>
  throttleOn(db, now, [{ key: pairKey(address, username), free: PAIR_FREE_ATTEMPTS }]);

async function throttleOn(
  db: DbOrTx,
  now: Date,
  checks: { key: string; free: number }[],
): Promise<ThrottleVerdict> {
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_HOURS * 3_600_000);
  let wait = 0;
  for (const { key, free } of checks) {
    const { attempts, prevAt } = await countAttempt(db, key, now, forgetBefore);
    const needed = backoffMs(attempts, free);
    const waited = prevAt ? now.getTime() - prevAt.getTime() : Number.POSITIVE_INFINITY;
    if (waited < needed) wait = Math.max(wait, backoffMs(attempts + 1, free));
  }
  return wait === 0 ? { allowed: true } : { allowed: false, retryMinutes: Math.ceil(wait / 60_000) };
}
