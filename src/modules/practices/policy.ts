import { type Actor, isCouncilAdmin } from "../auth/actor";

// The library is for the whole council: everyone with a role in it reads every practice. A unit records
// its own practices; another unit records that it adopted one.

export function seesCouncil(actor: Actor, councilId: string): boolean {
  return actor.kind === "system" || actor.grants.some((g) => g.councilId === councilId);
}

export function editsUnit(actor: Actor, councilId: string, unitId: string): boolean {
  if (isCouncilAdmin(actor, councilId)) return true;
  return (
    actor.kind === "user" &&
    actor.grants.some((g) => g.role === "unit_editor" && g.councilId === councilId && g.unitId === unitId)
  );
}

/** The units an actor may record an adoption for: units they edit, other than the practice's own. */
export function replicateFor(
  actor: Actor,
  practice: { councilId: string; unitId: string },
  already: Set<string>,
) {
  if (actor.kind === "system") return [];
  return [
    ...new Set(
      actor.grants
        .filter((g) => g.role === "unit_editor" && g.councilId === practice.councilId && g.unitId)
        .map((g) => g.unitId as string),
    ),
  ].filter((id) => id !== practice.unitId && !already.has(id));
}
