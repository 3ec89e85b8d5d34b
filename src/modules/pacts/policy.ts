import type { PactCan, PactStatus } from "../../contracts/pacts";
import { type Actor, isCouncilAdmin } from "../auth/actor";
import type { ClusterRow, MemberRow } from "../clusters/repo";

// Who may do what with a cluster-year's pact. Seeing it is seeing the cluster (clusters/policy.ts):
// the pact is an agreement between the members, so every member sees all of it, targets included.

/** The council's admins and the cluster's head write the table, open signing and amend. */
export function managesPact(actor: Actor, cluster: ClusterRow): boolean {
  if (isCouncilAdmin(actor, cluster.councilId)) return true;
  return (
    actor.kind === "user" &&
    actor.grants.some(
      (g) => g.role === "cluster_head" && g.councilId === cluster.councilId && g.clusterId === cluster.id,
    )
  );
}

/** The member units this actor edits (a unit editor signs and sets targets for these only). */
export function editedMemberUnits(
  actor: Actor,
  cluster: ClusterRow,
  members: readonly MemberRow[],
): string[] {
  if (actor.kind === "system") return members.map((m) => m.unitId);
  return members
    .filter((m) =>
      actor.grants.some(
        (g) => g.role === "unit_editor" && g.councilId === cluster.councilId && g.unitId === m.unitId,
      ),
    )
    .map((m) => m.unitId);
}

export const canCreatePact = (actor: Actor, cluster: ClusterRow, hasPact: boolean): boolean =>
  !hasPact && managesPact(actor, cluster);

export const canEditPact = (actor: Actor, cluster: ClusterRow, status: PactStatus): boolean =>
  status === "draft" && managesPact(actor, cluster);

/** Unit ids whose own targets the actor may set: all members for managers, else their own unit, while draft. */
export function targetUnitsFor(
  actor: Actor,
  cluster: ClusterRow,
  members: readonly MemberRow[],
  status: PactStatus,
): string[] {
  if (status !== "draft") return [];
  if (managesPact(actor, cluster)) return members.map((m) => m.unitId);
  return editedMemberUnits(actor, cluster, members);
}

export const canOpenSigning = (actor: Actor, cluster: ClusterRow, status: PactStatus): boolean =>
  status === "draft" && managesPact(actor, cluster);

/** Units the actor may still sign for: their own member units that have not signed, while signing is open. */
export function unitsToSignFor(
  actor: Actor,
  cluster: ClusterRow,
  members: readonly MemberRow[],
  status: PactStatus,
  signedUnitIds: ReadonlySet<string>,
): string[] {
  if (status !== "signing") return [];
  return editedMemberUnits(actor, cluster, members).filter((id) => !signedUnitIds.has(id));
}

export const canAmendPact = (actor: Actor, cluster: ClusterRow, status: PactStatus): boolean =>
  status === "locked" && managesPact(actor, cluster);

/** A scan is of the signed paper, so it comes once signing has opened. */
export const canAttachScan = (actor: Actor, cluster: ClusterRow, status: PactStatus): boolean =>
  status !== "draft" && managesPact(actor, cluster);

/** Everything the UI needs to show the right buttons, from the same rules the use cases apply. */
export function pactCan(
  actor: Actor,
  cluster: ClusterRow,
  members: readonly MemberRow[],
  units: readonly { unitId: string; code: string }[],
  status: PactStatus,
  signedUnitIds: ReadonlySet<string>,
): PactCan {
  const codeOf = new Map(units.map((u) => [u.unitId, u.code]));
  const signFor = unitsToSignFor(actor, cluster, members, status, signedUnitIds);
  return {
    edit: canEditPact(actor, cluster, status),
    setTargets: targetUnitsFor(actor, cluster, members, status).map((id) => codeOf.get(id) ?? id),
    openSigning: canOpenSigning(actor, cluster, status),
    signFor,
    sign: signFor.length > 0,
    amend: canAmendPact(actor, cluster, status),
    attachScan: canAttachScan(actor, cluster, status),
  };
}
