import { createHash } from "node:crypto";
import type { Me } from "../../contracts/auth";
import { todayVn } from "../../core/orgs/dated";
import { batchedRead } from "../../db/batched-read";
import type { Db, Tx } from "../../db/types";
import { isSingleWriter } from "../../db/write-generation";
import { DEFAULT_SESSION_IDLE_MINUTES } from "../../server/config";
import { namesAt } from "../orgs/list-organizations";
import type { Actor } from "./actor";
import {
  deleteExpiredSessions,
  deleteOtherSessions,
  deleteSession,
  deleteUserSessions,
  findLiveSession,
  grantsOf,
  liveSessionsSeenAt,
  touchSession,
} from "./repo";
import { FORGET_AFTER_HOURS } from "./throttle";
import { forgetIdleKeys, insertAuthEvent } from "./throttle-repo";

export type ResolvedSession = {
  actor: Extract<Actor, { kind: "user" }>;
  csrfToken: string;
  me: Me;
  expiresAt: number;
  sessionId: string;
};

/** Sessions are stored by the SHA-256 of the cookie, so a leaked table does not hand out live cookies. */
export const sessionIdOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** How long a session may sit unused; the 12-hour lifetime applies as well. */
export type SessionTiming = { now?: Date; idleMinutes?: number };
// Writing last_seen_at on every request would turn reads into writes; a minute's precision is enough.
const TOUCH_EVERY_MS = 60_000;

/**
 * Resolved sessions (actor, grants, unit names) are kept for a few seconds per database: every API request
 * needs its actor, and three queries per request would cost more than most requests' own work. Signing out
 * here drops the entry at once. Where other processes may write (PostgreSQL), a cached entry is used only
 * after one indexed read says its row is still live (shared by the requests that arrive together, see
 * `batchedRead`), so a sign-out on any process is honoured at once.
 * On the embedded database this process is the only one (the data-dir lock), so the entry is used as is.
 */
export const SESSION_CACHE_MS = 5_000;
const cache = new WeakMap<Db, Map<string, { session: ResolvedSession; until: number }>>();

function cacheOf(db: Db) {
  let entries = cache.get(db);
  if (!entries) {
    entries = new Map();
    cache.set(db, entries);
  }
  return entries;
}

/** The actor behind a session cookie, or null when the session is unknown or expired. */
export async function resolveSession(
  db: Db,
  token: string,
  timing: SessionTiming = {},
): Promise<ResolvedSession | null> {
  const now = timing.now ?? new Date();
  const idleMs = (timing.idleMinutes ?? DEFAULT_SESSION_IDLE_MINUTES) * 60_000;
  const id = sessionIdOf(token);
  const entries = cacheOf(db);
  const idleSince = new Date(now.getTime() - idleMs);
  const staleBefore = new Date(now.getTime() - TOUCH_EVERY_MS);
  const hit = entries.get(id);
  if (hit && hit.until > now.getTime()) {
    if (isSingleWriter(db)) return hit.session;
    // Concurrent requests share one read; each still sees every sign-out committed before it arrived.
    const seenAt = await batchedRead(db, `session-live:${idleMs}`, id, (ids) =>
      liveSessionsSeenAt(db, ids, now, idleSince),
    );
    if (!seenAt) {
      entries.delete(id);
      return null;
    }
    if (seenAt < staleBefore) await touchSession(db, id, now, staleBefore);
    return hit.session;
  }
  const session = await loadSession(db, id, now, idleSince);
  if (session) await touchSession(db, id, now, staleBefore);
  if (entries.size > 10_000) entries.clear();
  if (session)
    entries.set(id, { session, until: Math.min(now.getTime() + SESSION_CACHE_MS, session.expiresAt) });
  else entries.delete(id);
  return session;
}

async function loadSession(db: Db, id: string, now: Date, idleSince: Date): Promise<ResolvedSession | null> {
  const row = await findLiveSession(db, id, now, idleSince);
  if (!row) return null;
  const grants = await grantsOf(db, row.user.id);
  const unitIds = grants.map((g) => g.grant.unitId).filter((unitId): unitId is string => unitId !== null);
  const unitNames = await namesAt(db, unitIds, todayVn());
  const actor = {
    kind: "user" as const,
    userId: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    grants: grants.map(({ grant }) => ({
      role: grant.role,
      councilId: grant.councilId,
      clusterId: grant.clusterId,
      unitId: grant.unitId,
    })),
  };
  const me: Me = {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    grants: grants.map(({ grant, councilName }) => ({
      role: grant.role,
      councilId: grant.councilId,
      councilName,
      clusterId: grant.clusterId,
      unitId: grant.unitId,
      unitName: grant.unitId ? (unitNames.get(grant.unitId)?.name ?? null) : null,
    })),
  };
  return {
    actor,
    csrfToken: row.session.csrfToken,
    me,
    expiresAt: row.session.expiresAt.getTime(),
    sessionId: id,
  };
}

/** Signs out: the session row goes, this process forgets it at once, and the sign-out is recorded. */
export async function endSession(db: Db, session: ResolvedSession, address: string): Promise<void> {
  cacheOf(db).delete(session.sessionId);
  await db.transaction(async (tx) => {
    await deleteSession(tx, session.sessionId);
    await insertAuthEvent(tx, {
      kind: "sign_out",
      username: session.actor.username,
      userId: session.actor.userId,
      address,
      at: new Date(),
    });
  });
}

/** Ends the user's other sessions (a lost phone, a shared computer); returns how many ended. */
export async function endOtherSessions(db: Db, session: ResolvedSession, address: string): Promise<number> {
  const ended = await db.transaction(async (tx) => {
    const ids = await deleteOtherSessions(tx, session.actor.userId, session.sessionId);
    await insertAuthEvent(tx, {
      kind: "sign_out_others",
      username: session.actor.username,
      userId: session.actor.userId,
      address,
      detail: `${ids.length}`,
      at: new Date(),
    });
    return ids;
  });
  const entries = cacheOf(db);
  for (const id of ended) entries.delete(id);
  return ended.length;
}

/**
 * Ends every session of a user inside the caller's transaction (a password reset); returns their ids, which
 * the caller passes to `forgetSessions` once the transaction has committed.
 */
export const endAllSessionsOf = (tx: Tx, userId: string): Promise<string[]> => deleteUserSessions(tx, userId);

/** Drops ended sessions from this process's cache at once, so their cookies are refused from now on. */
export function forgetSessions(db: Db, ids: readonly string[]): void {
  const entries = cacheOf(db);
  for (const id of ids) entries.delete(id);
}

/** Deletes expired and idle sessions and forgotten throttle keys; run at sign-in and periodically. */
export async function pruneSessions(db: Db, now = new Date(), idleMinutes = DEFAULT_SESSION_IDLE_MINUTES) {
  const removed = await deleteExpiredSessions(db, now, new Date(now.getTime() - idleMinutes * 60_000));
  await forgetIdleKeys(db, new Date(now.getTime() - FORGET_AFTER_HOURS * 3_600_000));
  return removed;
}
