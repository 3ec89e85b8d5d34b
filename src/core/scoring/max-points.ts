import type { Criterion } from "../../contracts/cluster-year";
import { hundredthsOf, minOf, toNumber } from "./decimal";
import { countsInBase, isGroup } from "./tree";

/**
 * The table's maximum base points: the top-level criteria and groups, bonus and penalty left out,
 * each group at most its own `max`. A criterion counts for its `max` (rounded like a score), so no
 * unit's base can exceed this, and no total can exceed it plus `rules.bonusCap`.
 */
export function maxPoints(criteria: readonly Criterion[]): number {
  return toNumber(maxHundredths(criteria));
}

export function maxHundredths(criteria: readonly Criterion[]): bigint {
  let sum = 0n;
  for (const criterion of criteria) {
    if (countsInBase(criterion)) sum += criterionMax(criterion);
  }
  return sum;
}

function criterionMax(criterion: Criterion): bigint {
  if (!isGroup(criterion)) return hundredthsOf(criterion.max ?? 0);
  const sum = maxHundredths(criterion.children);
  if (criterion.max === undefined) return sum;
  return minOf(sum, hundredthsOf(criterion.max));
}
