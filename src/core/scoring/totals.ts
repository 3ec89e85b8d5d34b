import type { ClusterYear, Criterion, ScoreInput } from "../../contracts/cluster-year";
import { scoreCriterion } from "./criterion-score";
import { hundredthsOf, minOf } from "./decimal";
import { own } from "./own";
import { countsInBase, isGroup } from "./tree";

/** Every number of a scored file, in integer hundredths; arrays are aligned with `file.units`. */
export interface ScoreSheet {
  /** Criterion and group codes in document order (pre-order of the tree). */
  readonly codes: string[];
  /** columns[k][u]: the score of criterion codes[k] for unit u. */
  readonly columns: bigint[][];
  readonly byCode: Map<string, bigint[]>;
  readonly base: bigint[];
  readonly bonus: bigint[];
  readonly penalty: bigint[];
  readonly total: bigint[];
}

interface Context {
  readonly unitCodes: string[];
  /** Each unit's inputs by criterion code, aligned with the units. */
  readonly inputs: readonly (Readonly<Record<string, ScoreInput>> | undefined)[];
  readonly codes: string[];
  readonly columns: bigint[][];
  readonly bonus: bigint[];
  readonly penalty: bigint[];
}

/** scoring.md, Totals: rounded criterion scores summed; groups capped; bonus capped; total ≥ 0. */
export function computeSheet(file: ClusterYear): ScoreSheet {
  const n = file.units.length;
  const unitCodes = file.units.map((unit) => unit.code);
  const ctx: Context = {
    unitCodes,
    inputs: unitCodes.map((code) => own(file.scores, code)),
    codes: [],
    columns: [],
    bonus: new Array<bigint>(n).fill(0n),
    penalty: new Array<bigint>(n).fill(0n),
  };
  const base = scoreLevel(file.criteria, ctx);
  const cap = file.rules.bonusCap === undefined ? undefined : hundredthsOf(file.rules.bonusCap);
  const bonus = cap === undefined ? ctx.bonus : ctx.bonus.map((b) => minOf(b, cap));
  const total = base.map((b, u) => {
    const t = b + bonus[u]! - ctx.penalty[u]!;
    return t > 0n ? t : 0n;
  });
  const byCode = new Map<string, bigint[]>();
  ctx.codes.forEach((code, k) => {
    byCode.set(code, ctx.columns[k]!);
  });
  return { codes: ctx.codes, columns: ctx.columns, byCode, base, bonus, penalty: ctx.penalty, total };
}

/** Scores one level of the tree; returns the sum of the criteria that count in a group or in base. */
function scoreLevel(criteria: readonly Criterion[], ctx: Context): bigint[] {
  const sum = new Array<bigint>(ctx.unitCodes.length).fill(0n);
  for (const criterion of criteria) {
    const slot = ctx.codes.push(criterion.code) - 1;
    ctx.columns.push(sum); // placeholder, keeps document order while children are scored first
    const column = isGroup(criterion)
      ? scoreGroup(criterion.children, criterion.max, ctx)
      : scoreCriterion(
          criterion,
          ctx.unitCodes,
          ctx.inputs.map((inputs) => own(inputs, criterion.code)),
        );
    ctx.columns[slot] = column;
    if (criterion.method === "bonus") addInto(ctx.bonus, column);
    else if (criterion.method === "penalty") addInto(ctx.penalty, column);
    if (countsInBase(criterion)) addInto(sum, column);
  }
  return sum;
}

function scoreGroup(children: readonly Criterion[], max: number | undefined, ctx: Context): bigint[] {
  const sum = scoreLevel(children, ctx);
  if (max === undefined) return sum;
  // Capping the sum of rounded scores at round2(max) equals rounding the capped value: the sum is
  // already in hundredths.
  const cap = hundredthsOf(max);
  for (let u = 0; u < sum.length; u++) sum[u] = minOf(sum[u]!, cap);
  return sum;
}

function addInto(target: bigint[], column: readonly bigint[]): void {
  for (let u = 0; u < target.length; u++) target[u] = target[u]! + column[u]!;
}
