import { type Actor, isCouncilAdmin } from "../auth/actor";

// Who may do what with a cluster's key tasks. Seeing them is seeing the cluster (clusters/policy.ts).

type ClusterScope = { id: string; councilId: string };

const headsCluster = (actor: Actor, cluster: ClusterScope): boolean =>
  actor.kind === "user" &&
  actor.grants.some(
    (g) => g.role === "cluster_head" && g.councilId === cluster.councilId && g.clusterId === cluster.id,
  );

/** The council's admins and the cluster's head create tasks and pause them. */
export function managesTasks(actor: Actor, cluster: ClusterScope): boolean {
  return isCouncilAdmin(actor, cluster.councilId) || headsCluster(actor, cluster);
}

/**
 * Who turns a year's tasks into criteria of next year's draft pact: the council's admins; next year's head,
 * who drafts that pact; and this year's head while next year's cluster has no head unit yet, since until the
 * year-end meeting hands the role on (domain.md) this year's head leads the cluster.
 */
export function carriesInto(
  actor: Actor,
  from: ClusterScope,
  next: ClusterScope & { hasHead: boolean },
): boolean {
  if (isCouncilAdmin(actor, next.councilId)) return true;
  if (next.councilId !== from.councilId) return false;
  return headsCluster(actor, next) || (!next.hasHead && headsCluster(actor, from));
}

/** Next year's head sees this year's tasks too: they choose which of them to carry into their pact. */
export const headsNextYear = (actor: Actor, next: ClusterScope | undefined): boolean =>
  next !== undefined && headsCluster(actor, next);

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
