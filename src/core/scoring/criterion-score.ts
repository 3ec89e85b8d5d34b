import type { ScoredCriterion, ScoreInput, TargetCriterion } from "../../contracts/cluster-year";
import { cmp, exact, hundredthsOf, mul, type Ratio, round2 } from "./decimal";
import { scoreLeaderRelative } from "./leader-relative";
import { own } from "./own";

/** One criterion's input from each unit, aligned with the units (undefined: no input). */
export type Cells = readonly (ScoreInput | undefined)[];

/**
 * One scored criterion's score for every unit, in integer hundredths, rounded once (scoring.md's
 * table). A missing input scores 0. Bonus and penalty scores are the positive amounts they add or take.
 */
export function scoreCriterion(
  criterion: ScoredCriterion,
  unitCodes: readonly string[],
  cells: Cells,
): bigint[] {
  const out = new Array<bigint>(unitCodes.length);
  switch (criterion.method) {
    case "manual":
    case "bonus":
      for (let i = 0; i < out.length; i++) {
        const points = cells[i]?.points;
        out[i] = points === undefined ? 0n : hundredthsOf(points);
      }
      return out;
    case "passFail": {
      const full = hundredthsOf(criterion.max);
      for (let i = 0; i < out.length; i++) out[i] = cells[i]?.passed === true ? full : 0n;
      return out;
    }
    case "levels": {
      const byLabel = new Map<string, bigint>();
      const max = exact(criterion.max);
      for (const level of criterion.levels) {
        if (!byLabel.has(level.label)) byLabel.set(level.label, round2(mul(max, exact(level.ratio))));
      }
      for (let i = 0; i < out.length; i++) {
        const level = cells[i]?.level;
        out[i] = level === undefined ? 0n : (byLabel.get(level) ?? 0n);
      }
      return out;
    }
    case "perOccurrence":
    case "penalty": {
      const each = exact(criterion.pointsEach);
      const max = criterion.max === undefined ? undefined : exact(criterion.max);
      for (let i = 0; i < out.length; i++) {
        const count = cells[i]?.count;
        out[i] = count === undefined || count === 0 ? 0n : capped(count, each, max);
      }
      return out;
    }
    case "target":
      return scoreTarget(criterion, unitCodes, cells);
    case "leaderRelative":
      return scoreLeaderRelative(criterion, unitCodes, cells);
  }
}

/** round2(min(n × each, max)), max optional. */
function capped(count: number, each: Ratio, max: Ratio | undefined): bigint {
  const amount: Ratio = { n: BigInt(count) * each.n, d: each.d };
  return round2(max !== undefined && cmp(amount, max) > 0 ? max : amount);
}

/** max × min(a / T, 1), with T the unit's own target (schema: T > 0). */
function scoreTarget(criterion: TargetCriterion, unitCodes: readonly string[], cells: Cells): bigint[] {
  const max = exact(criterion.max);
  const full = round2(max);
  const fallback = exact(criterion.target);
  const out = new Array<bigint>(unitCodes.length);
  for (let i = 0; i < out.length; i++) {
    const actual = cells[i]?.actual;
    if (actual === undefined || actual === 0) {
      out[i] = 0n;
      continue;
    }
    const mine = own(criterion.targets, unitCodes[i]!);
    const t = mine === undefined ? fallback : exact(mine);
    const a = exact(actual);
    // a ≥ T: the unit met its target and takes the whole max; else max × a / T, exactly.
    out[i] = cmp(a, t) >= 0 ? full : round2({ n: max.n * a.n * t.d, d: max.d * a.d * t.n });
  }
  return out;
}
