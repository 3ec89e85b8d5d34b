import type { Me } from "../../contracts/auth";
import { todayVn } from "../../core/orgs/dated";
import type { Db } from "../../db/types";
import { namesAt } from "../orgs/list-organizations";
import type { Actor } from "./actor";
import { sessionIdOf } from "./login";
import { deleteSession, findLiveSession, grantsOf } from "./repo";

export type ResolvedSession = {
  actor: Extract<Actor, { kind: "user" }>;
  csrfToken: string;
  me: Me;
  expiresAt: number;
};

/**
 * Resolved sessions are kept for a few seconds per database: every API request needs its actor, and three
 * queries per request would cost more than most requests' own work. Signing out here drops the entry at
 * once; another app process may still honour a signed-out session for at most SESSION_CACHE_MS.
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
  now = new Date(),
): Promise<ResolvedSession | null> {
  const id = sessionIdOf(token);
  const entries = cacheOf(db);
  const hit = entries.get(id);
  if (hit && hit.until > now.getTime()) return hit.session;
  const session = await loadSession(db, id, now);
  if (entries.size > 10_000) entries.clear();
  if (session)
    entries.set(id, { session, until: Math.min(now.getTime() + SESSION_CACHE_MS, session.expiresAt) });
  else entries.delete(id);
  return session;
}

async function loadSession(db: Db, id: string, now: Date): Promise<ResolvedSession | null> {
  const row = await findLiveSession(db, id, now);
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
  return { actor, csrfToken: row.session.csrfToken, me, expiresAt: row.session.expiresAt.getTime() };
}

/** Signs out: the session row goes, and this process forgets it at once. */
export async function endSession(db: Db, token: string): Promise<void> {
  cacheOf(db).delete(sessionIdOf(token));
  await deleteSession(db, sessionIdOf(token));
}
