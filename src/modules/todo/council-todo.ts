import type { TodoItem } from "../../contracts/todo";
import type { AssessmentStatus } from "../assessments/scores-of-cluster";
import type { ClusterState, UnitState } from "./cluster-state";
import { deadline } from "./deadline";

type Stage = Extract<TodoItem, { kind: "clusterStage" }>["stage"];

/** Where a cluster-year stands: the earliest step any of its units is still at. */
export function stageOf(state: ClusterState): Stage {
  if (state.pactStatus === "none" || state.pactStatus === "draft") return "pactDrafting";
  if (state.pactStatus === "signing") return "signing";
  const has = (...statuses: AssessmentStatus[]) => state.units.some((u) => statuses.includes(u.status));
  if (has("draft")) return "selfScoring";
  if (has("submitted", "reviewed")) return "review";
  if (has("explanation")) return "explanation";
  if (has("final")) return "final";
  return "published";
}

/** The stage's deadline, and the units holding the cluster back once it has passed. */
function behind(state: ClusterState, stage: Stage): { due: string | null; units: UnitState[] } {
  const { calendar, units } = state;
  switch (stage) {
    case "pactDrafting":
      return { due: calendar.pactSignedBy, units: [] };
    case "signing":
      return { due: calendar.pactSignedBy, units: units.filter((u) => !u.signed) };
    case "selfScoring":
      return { due: calendar.selfAssessmentDue, units: units.filter((u) => u.status === "draft") };
    case "review":
    case "explanation":
      return {
        due: calendar.reviewDue,
        units: units.filter((u) => ["submitted", "reviewed", "explanation"].includes(u.status)),
      };
    case "final":
      return { due: calendar.conferenceOn, units: units.filter((u) => u.status === "final") };
    case "published":
      return { due: null, units: [] };
    default: {
      const unknown: never = stage;
      return unknown;
    }
  }
}

/** The council admin's view of one cluster-year: its stage, its deadline, and what is late. */
export function councilTodo(state: ClusterState, today: string): TodoItem {
  const stage = stageOf(state);
  const { due, units } = behind(state, stage);
  const dl = deadline(state.cluster, due, today);
  const counts: Partial<Record<AssessmentStatus, number>> = {};
  for (const u of state.units) counts[u.status] = (counts[u.status] ?? 0) + 1;
  return {
    kind: "clusterStage",
    stage,
    counts,
    lateUnits: dl.late ? units.map((u) => ({ id: u.unitId, name: u.name })) : [],
    ...dl,
  };
}
