import { type Actor, isCouncilAdmin } from "../auth/actor";

type ClusterLike = { id: string; councilId: string };
type MemberLike = { unitId: string };
type ReportLike = { unitId: string; status: string; councilId: string };

// Who may do what with unit reports. Seeing follows the cluster: its head and the council see every
// report; a member unit sees its own, and the others' once submitted (units share results at the
// meeting); observers of the council see submitted ones.

/** The council's admins and the cluster's head open periods, return, accept and reopen reports. */
export function managesReports(actor: Actor, cluster: ClusterLike): boolean {
  if (isCouncilAdmin(actor, cluster.councilId)) return true;
  return (
    actor.kind === "user" &&
    actor.grants.some(
      (g) => g.role === "cluster_head" && g.councilId === cluster.councilId && g.clusterId === cluster.id,
    )
  );
}

export function editsUnit(actor: Actor, councilId: string, unitId: string): boolean {
  if (actor.kind === "system") return true;
  return actor.grants.some(
    (g) => g.role === "unit_editor" && g.councilId === councilId && g.unitId === unitId,
  );
}

function worksForUnit(actor: Actor, councilId: string, unitId: string): boolean {
  if (actor.kind === "system") return true;
  return actor.grants.some(
    (g) =>
      (g.role === "unit_editor" || g.role === "unit_viewer") &&
      g.councilId === councilId &&
      g.unitId === unitId,
  );
}

/** Whether the actor may know the report exists (else 404). */
export function canSeeReport(
  actor: Actor,
  cluster: ClusterLike,
  members: readonly MemberLike[],
  report: ReportLike,
): boolean {
  if (managesReports(actor, cluster)) return true;
  if (worksForUnit(actor, report.councilId, report.unitId)) return true;
  if (report.status !== "submitted" && report.status !== "accepted") return false;
  if (actor.kind === "system") return true;
  return actor.grants.some(
    (g) =>
      g.councilId === cluster.councilId &&
      (g.role === "observer" ||
        ((g.role === "unit_editor" || g.role === "unit_viewer") &&
          members.some((m) => m.unitId === g.unitId))),
  );
}

export const canEditReport = (actor: Actor, report: ReportLike): boolean =>
  (report.status === "draft" || report.status === "returned") &&
  editsUnit(actor, report.councilId, report.unitId);

export const canReviewReport = (actor: Actor, cluster: ClusterLike, report: ReportLike): boolean =>
  report.status === "submitted" && managesReports(actor, cluster);

/** Reopening lets a unit submit after the deadline: for reports not yet in (draft or returned). */
export const canReopenReport = (actor: Actor, cluster: ClusterLike, report: ReportLike): boolean =>
  (report.status === "draft" || report.status === "returned") && managesReports(actor, cluster);
