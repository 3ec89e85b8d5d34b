import type { LeaderRelativeCriterion } from "../../contracts/cluster-year";
import type { Cells } from "./criterion-score";
import { add, cmp, div, exact, HALF, mul, ONE, type Ratio, round2, sub, ZERO } from "./decimal";
import { own } from "./own";

// scoring.md, "leaderRelative": meeting the target earns half the points, and only the unit that
// exceeds its own target by the most (the leader, ratio L) earns them all. Units with no target are
// scored against each other: max × a / A, A the largest actual among them.

interface Row {
  readonly actual: Ratio;
  /** a / T for a unit with a target; undefined for a unit without one. */
  readonly ratio: Ratio | undefined;
}

export function scoreLeaderRelative(
  criterion: LeaderRelativeCriterion,
  unitCodes: readonly string[],
  cells: Cells,
): bigint[] {
  const rows = new Array<Row | undefined>(unitCodes.length);
  let leader: Ratio | undefined; // L: the largest a / T
  let topActual: Ratio = ZERO; // A: the largest actual among units without a target
  for (let i = 0; i < rows.length; i++) {
    const value = cells[i]?.actual;
    if (value === undefined) continue; // a missing input scores 0 and leads nothing
    const actual = exact(value);
    const mine = own(criterion.targets, unitCodes[i]!) ?? criterion.target ?? 0;
    const target = mine === 0 ? undefined : exact(mine);
    const ratio = target === undefined ? undefined : div(actual, target);
    rows[i] = { actual, ratio };
    if (ratio !== undefined) {
      if (leader === undefined || cmp(ratio, leader) > 0) leader = ratio;
    } else if (cmp(actual, topActual) > 0) {
      topActual = actual;
    }
  }
  const max = exact(criterion.max);
  const half = mul(HALF, max);
  const out = new Array<bigint>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined) out[i] = 0n;
    else if (row.ratio === undefined)
      out[i] = topActual.n === 0n ? 0n : round2(div(mul(max, row.actual), topActual));
    else out[i] = round2(withTarget(row.ratio, leader ?? row.ratio, max, half));
  }
  return out;
}

function withTarget(r: Ratio, leader: Ratio, max: Ratio, half: Ratio): Ratio {
  const vsTarget = cmp(r, ONE);
  if (vsTarget < 0) return mul(half, r);
  if (vsTarget === 0) return half;
  if (cmp(r, leader) === 0) return max;
  // 0.5 × max + 0.5 × max × (r − 1) / (L − 1); here 1 < r < L, so L − 1 > 0.
  return add(half, mul(half, div(sub(r, ONE), sub(leader, ONE))));
}
