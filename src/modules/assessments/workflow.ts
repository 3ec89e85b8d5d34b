import type { AssessmentStatus } from "./scores-of-cluster";

/** The moves of an assessment's life; each one is a use case. */
export type WorkflowAction =
  | "submit"
  | "completeReview"
  | "requestExplanation"
  | "finalize"
  | "publish"
  | "reopen";

/**
 * The one place that says which move leads where: draft → submitted → reviewed → (explanation) → final
 * → published. Returns null when the move is not allowed from this status.
 */
export function nextStatus(from: AssessmentStatus, action: WorkflowAction): AssessmentStatus | null {
  switch (from) {
    case "draft":
      return action === "submit" ? "submitted" : null;
    case "submitted":
      return action === "completeReview" ? "reviewed" : null;
    case "reviewed":
      if (action === "requestExplanation") return "explanation";
      return action === "finalize" ? "final" : null;
    case "explanation":
      return action === "finalize" ? "final" : null;
    case "final":
      return action === "publish" ? "published" : null;
    case "published":
      // Only the council's reasoned reopening of the whole cluster-year's publication.
      return action === "reopen" ? "final" : null;
    default: {
      const unknown: never = from;
      return unknown;
    }
  }
}

/** Which inputs may change in a status: self in draft, review while under review, the unit's answer in explanation. */
export function editableStages(status: AssessmentStatus): readonly ("self" | "review" | "explanation")[] {
  switch (status) {
    case "draft":
      return ["self"];
    case "submitted":
    case "reviewed":
      return ["review"];
    case "explanation":
      return ["review", "explanation"];
    case "final":
    case "published":
      return [];
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}

/** Units may add evidence while they write their scores and while they answer a reviewer. */
export function evidenceOpen(status: AssessmentStatus): boolean {
  return status === "draft" || status === "explanation";
}

/** The badge of a status, as the web app shows it. */
export function statusLabel(status: AssessmentStatus): string {
  switch (status) {
    case "draft":
      return "Đang tự chấm";
    case "submitted":
      return "Đã nộp, chờ thẩm định";
    case "reviewed":
      return "Đã thẩm định";
    case "explanation":
      return "Đang giải trình";
    case "final":
      return "Đã chốt điểm";
    case "published":
      return "Đã công bố";
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}

/** What a failed move says, in Vietnamese, naming the status the assessment is in. */
export function refusedMoveMessage(from: AssessmentStatus, action: WorkflowAction): string {
  const verb: Record<WorkflowAction, string> = {
    submit: "nộp bản tự chấm",
    completeReview: "hoàn thành thẩm định",
    requestExplanation: "yêu cầu giải trình",
    finalize: "chốt điểm",
    publish: "công bố kết quả",
    reopen: "mở lại kết quả đã công bố",
  };
  return `Không thể ${verb[action]} khi bản chấm điểm đang ở trạng thái "${statusLabel(from)}".`;
}
