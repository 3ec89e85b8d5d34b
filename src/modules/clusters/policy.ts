import { type Actor, isCouncilAdmin } from "../auth/actor";
import type { ClusterRow, MemberRow } from "./repo";

/**
 * Who sees a cluster: the council's admins and observers; the head's account of that cluster;
 * the staff of its member units.
 */
export function canSeeCluster(actor: Actor, cluster: ClusterRow, members: readonly MemberRow[]): boolean {
  if (actor.kind === "system") return true;
  return actor.grants.some((g) => {
    if (g.councilId !== cluster.councilId) return false;
    switch (g.role) {
      case "council_admin":
      case "observer":
        return true;
      case "cluster_head":
        return g.clusterId === cluster.id;
      case "unit_editor":
      case "unit_viewer":
        return members.some((m) => m.unitId === g.unitId);
      default: {
        const unknownRole: never = g.role;
        return unknownRole === undefined;
      }
    }
  });
}

/** Cloning a cluster into a new year is the leading agency's decision. */
export const canCloneCluster = (actor: Actor, cluster: ClusterRow): boolean =>
  isCouncilAdmin(actor, cluster.councilId);
