import type { AssessmentCan } from "../../contracts/assessments";
import { AppError, forbidden } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { isCouncilAdmin } from "../auth/actor";
import type { ClusterRow, MemberRow } from "../clusters/repo";
import type { AssessmentStatus } from "./scores-of-cluster";
import { editableStages, evidenceOpen, nextStatus, refusedMoveMessage, statusLabel } from "./workflow";

/** How an actor stands towards one unit's assessment in one cluster-year. */
export type Relation = {
  admin: boolean;
  /** Reviews as the cluster head; never the head's own unit. */
  head: boolean;
  /** Edits this unit's own scores (unit editor of this unit). */
  ownEditor: boolean;
  /** Staff of this unit, editors and viewers alike. */
  ownStaff: boolean;
  /** Staff of a unit the council assigned to cross-score this one. */
  crossScorer: boolean;
  /** Staff of any member unit, or the cluster head: sees assessments once submitted. */
  member: boolean;
  observer: boolean;
};

export type Capability = keyof AssessmentCan;

export function relationTo(
  actor: Actor,
  cluster: ClusterRow,
  members: readonly MemberRow[],
  unitId: string,
  reviewerUnitIds: readonly string[],
): Relation {
  const admin = isCouncilAdmin(actor, cluster.councilId);
  const none = { head: false, ownEditor: false, ownStaff: false, crossScorer: false, member: false };
  if (actor.kind === "system") return { admin, ...none, observer: false };
  const grants = actor.grants.filter((g) => g.councilId === cluster.councilId);
  const staffOf = (id: string) =>
    grants.some((g) => (g.role === "unit_editor" || g.role === "unit_viewer") && g.unitId === id);
  const headGrants = grants.filter((g) => g.role === "cluster_head" && g.clusterId === cluster.id);
  const ownEditor = grants.some((g) => g.role === "unit_editor" && g.unitId === unitId);
  const headsOwnUnit = headGrants.some((g) => g.unitId === unitId);
  return {
    admin,
    head: headGrants.length > 0 && !headsOwnUnit && !ownEditor,
    ownEditor,
    ownStaff: staffOf(unitId) || headsOwnUnit,
    crossScorer: reviewerUnitIds.some(
      (id) => id !== unitId && grants.some((g) => g.role === "unit_editor" && g.unitId === id),
    ),
    member: headGrants.length > 0 || members.some((m) => staffOf(m.unitId)),
    observer: grants.some((g) => g.role === "observer"),
  };
}

/**
 * Who reads an assessment: the council's admins and the unit's own staff always; the cluster head,
 * other members and cross-scorers once it is submitted (a draft is the unit's own working copy);
 * observers once it is published. Anyone else is told it does not exist (404).
 */
export function canRead(rel: Relation, status: AssessmentStatus): boolean {
  if (rel.admin || rel.ownStaff) return true;
  if (status === "draft") return false;
  if (rel.head || rel.member || rel.crossScorer) return true;
  return rel.observer && status === "published";
}

/** Whether the actor's role allows the action at all, whatever the status (false → 403). */
export function roleAllows(rel: Relation, cap: Capability): boolean {
  switch (cap) {
    case "editSelf":
    case "submit":
    case "explain":
    case "attachEvidence":
      return rel.admin || rel.ownEditor;
    case "review":
    case "completeReview":
    case "requestExplanation":
      return rel.admin || rel.head || rel.crossScorer;
    case "finalize":
      return rel.admin || rel.head;
    case "publish":
    case "correct":
      return rel.admin;
    default: {
      const unknown: never = cap;
      return unknown;
    }
  }
}

/** Whether the assessment's status allows the action (false → 409 with the reason). */
export function statusAllows(status: AssessmentStatus, cap: Capability): boolean {
  switch (cap) {
    case "editSelf":
      return editableStages(status).includes("self");
    case "review":
      return editableStages(status).includes("review");
    case "explain":
      return editableStages(status).includes("explanation");
    case "attachEvidence":
      return evidenceOpen(status);
    case "submit":
      return nextStatus(status, "submit") !== null;
    case "completeReview":
      return nextStatus(status, "completeReview") !== null;
    case "requestExplanation":
      return nextStatus(status, "requestExplanation") !== null;
    case "finalize":
      return nextStatus(status, "finalize") !== null;
    case "publish":
      return nextStatus(status, "publish") !== null;
    case "correct":
      return status === "published";
    default: {
      const unknown: never = cap;
      return unknown;
    }
  }
}

/** What the actor may do next, for the web app's buttons; the use cases check the same rules. */
export function capabilities(rel: Relation, status: AssessmentStatus): AssessmentCan {
  const caps: Capability[] = [
    "editSelf",
    "submit",
    "review",
    "completeReview",
    "requestExplanation",
    "explain",
    "finalize",
    "publish",
    "correct",
    "attachEvidence",
  ];
  return Object.fromEntries(
    caps.map((cap) => [cap, roleAllows(rel, cap) && statusAllows(status, cap)]),
  ) as AssessmentCan;
}

/** 403 when the role never allows it; 409 naming the status when the role does but not now. */
export function assertCan(rel: Relation, status: AssessmentStatus, cap: Capability): void {
  if (!roleAllows(rel, cap)) throw forbidden();
  if (!statusAllows(status, cap)) throw new AppError("conflict", 409, refusedMessage(status, cap));
}

function refusedMessage(status: AssessmentStatus, cap: Capability): string {
  if (status === "published") {
    return "Kết quả đã công bố và được khóa. Muốn thay đổi, quản trị viên lập bản đính chính có ghi lý do.";
  }
  const state = `Bản chấm điểm đang ở trạng thái "${statusLabel(status)}"`;
  switch (cap) {
    case "editSelf":
      return `${state}: không sửa được điểm tự chấm nữa.`;
    case "review":
      return `${state}: không nhập điểm thẩm định được lúc này.`;
    case "explain":
      return `${state}: chỉ giải trình được khi người thẩm định yêu cầu.`;
    case "attachEvidence":
      return `${state}: chỉ thêm, xóa minh chứng khi đang tự chấm hoặc giải trình.`;
    case "correct":
      return `${state}: chỉ đính chính kết quả đã công bố.`;
    case "submit":
    case "completeReview":
    case "requestExplanation":
    case "finalize":
    case "publish":
      return refusedMoveMessage(status, cap);
    default: {
      const unknown: never = cap;
      return unknown;
    }
  }
}
