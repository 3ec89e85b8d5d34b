import type { RankingMeta } from "./repo";

/**
 * The assessments whose rows moved between two data versions of one cluster, or null when anything else
 * moved (the cluster, its pact, members, cross-scoring, publication, or which assessments exist): then
 * everything is read again. A score save moves one assessment only, so its cluster's readers read that
 * assessment's rows again, not the whole cluster's.
 */
export function changedAssessments(
  before: RankingMeta,
  after: RankingMeta,
): { ids: string[]; unitIds: string[] } | null {
  if (
    before.cluster.id !== after.cluster.id ||
    !same(before.cluster, after.cluster) ||
    !same(before.pact, after.pact) ||
    !same(before.members, after.members) ||
    before.assignments !== after.assignments ||
    !same(before.publication, after.publication)
  ) {
    return null;
  }
  const was = before.assessments ?? [];
  const is = after.assessments ?? [];
  if (was.length !== is.length) return null;
  const ids: string[] = [];
  const unitIds: string[] = [];
  for (let i = 0; i < is.length; i++) {
    const a = was[i]!;
    const b = is[i]!;
    if (a.id !== b.id || a.unitId !== b.unitId) return null;
    if (!same(a, b)) {
      ids.push(b.id);
      unitIds.push(b.unitId);
    }
  }
  return { ids, unitIds };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
