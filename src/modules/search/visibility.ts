import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "../auth/actor";

const TRUE = sql`true`;
const FALSE = sql`false`;

const uuidList = (ids: string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** Councils where the actor sees everything of a kind (admins; observers too when `observers`). */
export function wideCouncils(actor: Actor, observers: boolean): string[] | null {
  if (actor.kind === "system") return null;
  const roles = observers ? ["council_admin", "observer"] : ["council_admin"];
  return [...new Set(actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.councilId))];
}

/** The units the actor works for (editor or viewer). */
export function ownUnits(actor: Actor): string[] {
  if (actor.kind === "system") return [];
  return [
    ...new Set(
      actor.grants
        .filter((g) => (g.role === "unit_editor" || g.role === "unit_viewer") && g.unitId)
        .map((g) => g.unitId as string),
    ),
  ];
}

/** `councilCol IN (wide) OR unitCol IN (own)`, true for the system. */
export function wideOrOwn(actor: Actor, councilCol: SQL, unitCol: SQL, observers: boolean): SQL {
  const wide = wideCouncils(actor, observers);
  if (wide === null) return TRUE;
  const own = ownUnits(actor);
  const parts: SQL[] = [];
  if (wide.length > 0) parts.push(sql`${councilCol} IN (${uuidList(wide)})`);
  if (own.length > 0) parts.push(sql`${unitCol} IN (${uuidList(own)})`);
  if (parts.length === 0) return FALSE;
  return sql`(${sql.join(parts, sql` OR `)})`;
}

export const inUuids = (col: SQL, ids: string[]): SQL =>
  ids.length === 0 ? FALSE : sql`${col} IN (${uuidList(ids)})`;
