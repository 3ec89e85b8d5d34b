import { describe, expect, it } from "vitest";
import type { Actor, Grant } from "../auth/actor";
import type { ClusterRow, MemberRow } from "../clusters/repo";
import { canRead, capabilities, relationTo } from "./policy";
import type { AssessmentStatus } from "./scores-of-cluster";
import { editableStages, nextStatus, statusLabel, type WorkflowAction } from "./workflow";

const STATUSES: AssessmentStatus[] = ["draft", "submitted", "reviewed", "explanation", "final", "published"];
const ACTIONS: WorkflowAction[] = ["submit", "completeReview", "requestExplanation", "finalize", "publish"];

describe("the workflow's transitions", () => {
  it("allows exactly draft → submitted → reviewed → (explanation) → final → published", () => {
    const allowed: string[] = [];
    for (const from of STATUSES) {
      for (const action of ACTIONS) {
        const to = nextStatus(from, action);
        if (to) allowed.push(`${from} -${action}-> ${to}`);
      }
    }
    expect(allowed.sort()).toEqual(
      [
        "draft -submit-> submitted",
        "submitted -completeReview-> reviewed",
        "reviewed -requestExplanation-> explanation",
        "reviewed -finalize-> final",
        "explanation -finalize-> final",
        "final -publish-> published",
      ].sort(),
    );
  });

  it("never leaves published, and no move goes backwards", () => {
    for (const action of ACTIONS) expect(nextStatus("published", action)).toBeNull();
    for (const from of STATUSES) {
      for (const action of ACTIONS) {
        const to = nextStatus(from, action);
        if (to) expect(STATUSES.indexOf(to)).toBeGreaterThan(STATUSES.indexOf(from));
      }
    }
  });

  it("opens self inputs only in draft, the unit's answer only in explanation, nothing once final", () => {
    expect(STATUSES.map((s) => editableStages(s).join("+"))).toEqual([
      "self",
      "review",
      "review",
      "review+explanation",
      "",
      "",
    ]);
    expect(new Set(STATUSES.map(statusLabel)).size).toBe(STATUSES.length);
  });
});

const cluster = { id: "c1", councilId: "k1" } as ClusterRow;
const members = ["a", "b", "c"].map((unitId) => ({ clusterId: "c1", unitId }) as MemberRow);
const user = (...grants: Partial<Grant>[]): Actor => ({
  kind: "user",
  userId: "u",
  username: "u",
  displayName: "u",
  grants: grants.map((g) => ({ councilId: "k1", clusterId: null, unitId: null, role: "observer", ...g })),
});
const can = (actor: Actor, unitId: string, status: AssessmentStatus, reviewers: string[] = []) => {
  const rel = relationTo(actor, cluster, members, unitId, reviewers);
  const caps = capabilities(rel, status);
  return { read: canRead(rel, status), ...caps };
};

describe("who may do what", () => {
  it("lets a unit editor write and submit their own draft only, and read others only once submitted", () => {
    const editorA = user({ role: "unit_editor", unitId: "a" });
    expect(can(editorA, "a", "draft")).toMatchObject({
      read: true,
      editSelf: true,
      submit: true,
      review: false,
    });
    expect(can(editorA, "b", "draft").read).toBe(false);
    expect(can(editorA, "b", "submitted")).toMatchObject({ read: true, editSelf: false, review: false });
    expect(can(editorA, "a", "explanation")).toMatchObject({
      explain: true,
      attachEvidence: true,
      editSelf: false,
    });
  });

  it("lets the head review and finalize others, but not the head's own unit", () => {
    const head = user({ role: "cluster_head", clusterId: "c1", unitId: "a" });
    expect(can(head, "b", "submitted")).toMatchObject({ read: true, review: true, completeReview: true });
    expect(can(head, "b", "reviewed")).toMatchObject({
      finalize: true,
      requestExplanation: true,
      publish: false,
    });
    expect(can(head, "a", "submitted")).toMatchObject({ read: true, review: false, finalize: false });
    expect(can(head, "b", "draft").read).toBe(false);
  });

  it("lets a cross-scorer review only the unit assigned to it, and never finalize", () => {
    const editorC = user({ role: "unit_editor", unitId: "c" });
    expect(can(editorC, "b", "submitted", ["c"])).toMatchObject({
      review: true,
      completeReview: true,
      finalize: false,
    });
    expect(can(editorC, "a", "submitted", ["b"])).toMatchObject({ read: true, review: false });
  });

  it("shows observers published results only, and lets only the council publish and correct", () => {
    const observer = user({ role: "observer" });
    expect(STATUSES.filter((s) => can(observer, "a", s).read)).toEqual(["published"]);
    const admin = user({ role: "council_admin" });
    expect(can(admin, "a", "final").publish).toBe(true);
    expect(can(admin, "a", "published")).toMatchObject({ correct: true, editSelf: false, review: false });
    expect(can(user({ role: "council_admin", councilId: "other" }), "a", "published").read).toBe(false);
  });
});
