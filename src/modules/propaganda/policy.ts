import { type Actor, isCouncilAdmin } from "../auth/actor";

// Topics and activity figures are for the whole council. Public-opinion reports are sensitive: the
// council (admins, observers) and the unit that wrote them.

export const seesCouncil = (actor: Actor, councilId: string): boolean =>
  actor.kind === "system" || actor.grants.some((g) => g.councilId === councilId);

export const managesTopics = (actor: Actor, councilId: string): boolean => isCouncilAdmin(actor, councilId);

/** Units the actor writes for in a council (the council's admins: any). */
export function editedUnits(actor: Actor, councilId: string): string[] | "all" {
  if (isCouncilAdmin(actor, councilId)) return "all";
  if (actor.kind === "system") return "all";
  return actor.grants
    .filter((g) => g.role === "unit_editor" && g.councilId === councilId && g.unitId)
    .map((g) => g.unitId as string);
}

export const writesForUnit = (actor: Actor, councilId: string, unitId: string): boolean => {
  const units = editedUnits(actor, councilId);
  return units === "all" || units.includes(unitId);
};

export function seesOpinionReport(actor: Actor, report: { councilId: string; unitId: string }): boolean {
  if (actor.kind === "system") return true;
  return actor.grants.some(
    (g) =>
      g.councilId === report.councilId &&
      (g.role === "council_admin" ||
        g.role === "observer" ||
        ((g.role === "unit_editor" || g.role === "unit_viewer") && g.unitId === report.unitId)),
  );
}
