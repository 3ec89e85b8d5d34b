import type { ReadableAssessment } from "./get-assessment";
import type { UnitScores } from "./stage-scores";

/**
 * Everything a unit's page is made from at one data version, besides the reader (who is in the body cache's
 * key): the unit's own rows, by reference (after a save the cluster's other assessments keep the very
 * arrays of the version before, see `page-data.ts`), and as text the rest — the unit, its assessment's
 * version and status, the names shown, and its self, review and final results from the shared ranking
 * views (a save elsewhere in the cluster can move them: a criterion scored against the leader, a rank).
 */
export type PageBasis = { refs: readonly unknown[]; text: string };

export function pageBasis(read: ReadableAssessment, scores: UnitScores): PageBasis {
  const { ctx, unit, assessment, status, page } = read;
  const id = assessment?.id;
  const inputs = id === undefined ? undefined : page.inputs.get(id);
  const corrections = id === undefined ? undefined : page.corrections.get(id);
  const people = [
    ...(inputs ?? []).flatMap((i) => [i.reviewerId, i.updatedBy]),
    ...(corrections ?? []).map((c) => c.actorId),
  ].map((person) => (person === null ? null : (page.names.get(person) ?? null)));
  return {
    refs: [
      page.criteria,
      page.required,
      inputs,
      corrections,
      id === undefined ? undefined : page.evidence.get(id),
      id === undefined ? undefined : page.events.get(id),
    ],
    text: JSON.stringify([
      ctx.meta.cluster.id,
      page.maxPoints,
      unit.unitId,
      unit.code,
      unit.name,
      id ?? null,
      assessment?.version ?? 0,
      status,
      people,
      scores,
    ]),
  };
}

/** Whether two versions give the same page to the same reader. */
export function sameBasis(a: PageBasis, b: PageBasis): boolean {
  return a.text === b.text && a.refs.length === b.refs.length && a.refs.every((ref, i) => ref === b.refs[i]);
}
