import type { Me } from "../../contracts/auth";
import { todayVn } from "../../core/orgs/dated";
import type { Db } from "../../db/types";
import { namesAt } from "../orgs/list-organizations";
import type { Actor } from "./actor";
import { sessionIdOf } from "./login";
import { deleteSession, findLiveSession, grantsOf } from "./repo";

export type ResolvedSession = { actor: Extract<Actor, { kind: "user" }>; csrfToken: string; me: Me };

/** The actor behind a session cookie, or null when the session is unknown or expired. */
export async function resolveSession(
  db: Db,
  token: string,
  now = new Date(),
): Promise<ResolvedSession | null> {
  const row = await findLiveSession(db, sessionIdOf(token), now);
  if (!row) return null;
  const grants = await grantsOf(db, row.user.id);
  const unitIds = grants.map((g) => g.grant.unitId).filter((id): id is string => id !== null);
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
  return { actor, csrfToken: row.session.csrfToken, me };
}

export const endSession = (db: Db, token: string) => deleteSession(db, sessionIdOf(token));
