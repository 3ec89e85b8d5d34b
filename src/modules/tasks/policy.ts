import { type Actor, isCouncilAdmin } from "../auth/actor";

// Who may do what with a cluster's key tasks. Seeing them is seeing the cluster (clusters/policy.ts).

type ClusterScope = { id: string; councilId: string };

/** The council's admins and the cluster's head create tasks, pause them and carry them into next year's pact. */
export function managesTasks(actor: Actor, cluster: ClusterScope): boolean {
  if (isCouncilAdmin(actor, cluster.councilId)) return true;
  return (
    actor.kind === "user" &&
    actor.grants.some(
      (g) => g.role === "cluster_head" && g.councilId === cluster.councilId && g.clusterId === cluster.id,
    )
  );
}

/** The assigned units this actor reports for: the units they edit (the system: all). */
export function unitsReportedBy(
  actor: Actor,
  councilId: string,
  assignedUnitIds: readonly string[],
): string[] {
  if (actor.kind === "system") return [...assignedUnitIds];
  return assignedUnitIds.filter((unitId) =>
    actor.grants.some((g) => g.role === "unit_editor" && g.councilId === councilId && g.unitId === unitId),
  );
}

/** Whether the actor edits this unit at all (to tell "not your unit" from "not assigned to this task"). */
export const editsUnit = (actor: Actor, councilId: string, unitId: string): boolean =>
  actor.kind === "system" ||
  actor.grants.some((g) => g.role === "unit_editor" && g.councilId === councilId && g.unitId === unitId);
