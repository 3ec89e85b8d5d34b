import type { TodoItem } from "../../contracts/todo";
import { canonicalJson } from "../../core/text/canonical-json";
import { flattenCriteria, isScored, requiredCodes } from "../assessments/criteria";
import { type ClusterState, explanationOf, type UnitState } from "./cluster-state";
import { deadline } from "./deadline";

/**
 * What a unit owes in one cluster-year: its own targets while the pact is drafted, its signature while
 * it is signed, its self-assessment until submitted, and its answer when the reviewer asks for one.
 */
export function unitTodo(state: ClusterState, unitId: string, today: string): TodoItem[] {
  const unit = state.units.find((u) => u.unitId === unitId);
  if (!unit) return [];
  const { cluster, calendar } = state;
  const ref = { id: unit.unitId, name: unit.name };
  const items: TodoItem[] = [];
  if (state.pactStatus === "draft") {
    const missing = flattenCriteria(state.criteria)
      .map((f) => f.criterion)
      .filter(isScored)
      .filter((c) => c.method === "target" || c.method === "leaderRelative")
      .filter((c) => !("targets" in c && c.targets && unit.code in c.targets));
    if (missing.length > 0) {
      items.push({
        kind: "registerTargets",
        unit: ref,
        criteria: missing.map((c) => ({ code: c.code, title: c.title })),
        ...deadline(cluster, calendar.pactSignedBy, today),
      });
    }
  }
  if (state.pactStatus === "signing" && !unit.signed) {
    items.push({ kind: "signPact", unit: ref, ...deadline(cluster, calendar.pactSignedBy, today) });
  }
  if (state.pactStatus === "locked" && unit.status === "draft") {
    const filled = new Set(unit.inputs.filter((i) => i.selfValue !== null).map((i) => i.criterionCode));
    items.push({
      kind: "selfAssess",
      unit: ref,
      started: filled.size > 0,
      missing: requiredCodes(state.criteria).filter((c) => !filled.has(c)).length,
      ...deadline(cluster, calendar.selfAssessmentDue, today),
    });
  }
  if (unit.status === "explanation") {
    const { request, sentAt } = explanationOf(unit);
    if (sentAt === null) {
      items.push({
        kind: "explain",
        unit: ref,
        note: request?.note ?? null,
        requestedBy: request?.actorName ?? null,
        criteria: changedCriteria(state, unit),
        ...deadline(cluster, calendar.reviewDue, today),
      });
    }
  }
  return items;
}

/** The criteria the reviewer scored differently from the unit: what the unit is asked to explain. */
export function changedCriteria(state: ClusterState, unit: UnitState) {
  const changed = new Set(
    unit.inputs
      .filter(
        (i) => i.reviewedValue !== null && canonicalJson(i.reviewedValue) !== canonicalJson(i.selfValue),
      )
      .map((i) => i.criterionCode),
  );
  return flattenCriteria(state.criteria)
    .filter((f) => changed.has(f.criterion.code))
    .map((f) => ({ code: f.criterion.code, title: f.criterion.title }));
}
