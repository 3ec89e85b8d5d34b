import type { ClusterYear, Method, UnitResult } from "../../contracts/cluster-year";
import { hundredthsOf, toNumber } from "./decimal";
import { type RankKey, rankKeys } from "./rank";
import { isGroup, walkCriteria } from "./tree";

export interface CriterionDifference {
  readonly code: string;
  readonly title: string;
  /** 0 for a top-level criterion or group. */
  readonly depth: number;
  readonly method: Method | "group";
  readonly a: number;
  readonly b: number;
  /** a − b, exact to the hundredth. */
  readonly delta: number;
}

export interface KeyComparison {
  readonly key: RankKey;
  /** The unit's own value: its total, the criterion's score, its penalty or its bonus. */
  readonly a: number;
  readonly b: number;
}

export interface RankExplanation {
  /** The code of the unit ranked higher, or null when the two share a rank. */
  readonly ahead: string | null;
  /** The first key on which they differ; null when they share a rank (then listed by name). */
  readonly decidedBy: RankKey | null;
  /** The keys compared, in order, up to and including the deciding one. */
  readonly keys: KeyComparison[];
  /** Every criterion and group where the two units' scores differ, in document order. */
  readonly criteria: CriterionDifference[];
}

/** Why two units of one ranking are placed as they are ("why this rank" in the UI). */
export function explainDifference(a: UnitResult, b: UnitResult, file: ClusterYear): RankExplanation {
  const keys: KeyComparison[] = [];
  let decidedBy: RankKey | null = null;
  let ahead: string | null = null;
  for (const key of rankKeys(file.rules)) {
    const va = rawValue(key, a);
    const vb = rawValue(key, b);
    keys.push({ key, a: va, b: vb });
    if (va === vb) continue;
    decidedBy = key;
    const aWins = key === "fewerPenalties" ? va < vb : va > vb;
    ahead = aWins ? a.unit : b.unit;
    break;
  }
  const criteria: CriterionDifference[] = [];
  walkCriteria(file.criteria, (criterion, _path, depth) => {
    const sa = a.scores[criterion.code] ?? 0;
    const sb = b.scores[criterion.code] ?? 0;
    if (sa === sb) return;
    criteria.push({
      code: criterion.code,
      title: criterion.title,
      depth,
      method: isGroup(criterion) ? "group" : criterion.method,
      a: sa,
      b: sb,
      delta: toNumber(hundredthsOf(sa) - hundredthsOf(sb)),
    });
  });
  return { ahead, decidedBy, keys, criteria };
}

function rawValue(key: RankKey, result: UnitResult): number {
  if (key === "total") return result.total;
  if (key === "fewerPenalties") return result.penalty;
  if (key === "moreBonus") return result.bonus;
  return result.scores[key.slice("group:".length)] ?? 0;
}
