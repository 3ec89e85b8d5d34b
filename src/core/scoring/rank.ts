import type { ClusterYear, Rules } from "../../contracts/cluster-year";
import { cmp, exact, fromHundredths, type Ratio } from "./decimal";
import type { ScoreSheet } from "./totals";

// scoring.md, Ranking: by total, then the tie-break keys in order; units still equal share a rank
// (1, 2, 2, 4) and are listed by name in Vietnamese order.

const collator = new Intl.Collator("vi");

/** "total" or one of `rules.tieBreak`: the keys units are compared on, in order. */
export type RankKey = "total" | `group:${string}` | "fewerPenalties" | "moreBonus";

export interface Placement {
  /** Index into file.units. */
  readonly unit: number;
  readonly rank: number;
}

export function rankKeys(rules: Rules): RankKey[] {
  return ["total", ...((rules.tieBreak ?? []) as RankKey[])];
}

/** The value of a key for a unit, oriented so that higher is better. */
export function keyValue(key: RankKey, sheet: ScoreSheet, unit: number): bigint {
  if (key === "total") return sheet.total[unit]!;
  if (key === "fewerPenalties") return -sheet.penalty[unit]!;
  if (key === "moreBonus") return sheet.bonus[unit]!;
  return sheet.byCode.get(key.slice("group:".length))?.[unit] ?? 0n;
}

/** Units from first to last, with their ranks. */
export function rankUnits(file: ClusterYear, sheet: ScoreSheet): Placement[] {
  const keys = rankKeys(file.rules);
  const vectors = file.units.map((_, u) => keys.map((key) => keyValue(key, sheet, u)));
  const order = file.units.map((_, u) => u);
  order.sort((a, b) => {
    const byKeys = compareVectors(vectors[b]!, vectors[a]!);
    if (byKeys !== 0) return byKeys;
    const unitA = file.units[a]!;
    const unitB = file.units[b]!;
    // Codes are unique, so the order never depends on the order of units in the file.
    return collator.compare(unitA.name, unitB.name) || (unitA.code < unitB.code ? -1 : 1);
  });
  const placements: Placement[] = [];
  order.forEach((unit, position) => {
    const previous = placements[position - 1];
    const shared = previous !== undefined && compareVectors(vectors[previous.unit]!, vectors[unit]!) === 0;
    placements.push({ unit, rank: shared ? previous.rank : position + 1 });
  });
  return placements;
}

function compareVectors(a: readonly bigint[], b: readonly bigint[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! !== b[i]!) return a[i]! < b[i]! ? -1 : 1;
  }
  return 0;
}

export interface Standing {
  readonly band: (total: bigint) => string | null;
  readonly eligible: (total: bigint) => boolean;
}

/** Band and leading eligibility, comparing the total with the exact `min` values. */
export function standing(rules: Rules): Standing {
  // Highest min first; among equal mins the band listed first wins (sort is stable).
  const bands = (rules.bands ?? [])
    .map((band) => ({ label: band.label, min: exact(band.min) }))
    .sort((a, b) => cmp(b.min, a.min));
  const minTotal: Ratio | undefined = rules.leading === undefined ? undefined : exact(rules.leading.minTotal);
  return {
    band: (total) => {
      const t = fromHundredths(total);
      return bands.find((band) => cmp(t, band.min) >= 0)?.label ?? null;
    },
    eligible: (total) => minTotal !== undefined && cmp(fromHundredths(total), minTotal) >= 0,
  };
}
