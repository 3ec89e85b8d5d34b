import type { Criterion, UnitResult } from "../../contracts/cluster-year";
import type { CriterionNode, RankingRow } from "../../contracts/rankings";
import { maxPoints } from "../../core/scoring";

/** The criteria tree flattened in document order, with each node's most points, for the heat map. */
export function criteriaNodes(criteria: readonly Criterion[]): CriterionNode[] {
  const out: CriterionNode[] = [];
  const walk = (list: readonly Criterion[], depth: number, parent: string | null) => {
    for (const c of list) {
      const kind = c.method === "bonus" ? "bonus" : c.method === "penalty" ? "penalty" : "base";
      out.push({
        code: c.code,
        title: c.title,
        max: kind === "base" ? maxPoints([c]) : (c.max ?? null),
        depth,
        parent,
        method: c.method ?? "group",
        kind,
      });
      if (c.method === undefined) walk(c.children, depth + 1, c.code);
    }
  };
  walk(criteria, 0, null);
  return out;
}

export const rankingRowOf = (r: UnitResult): RankingRow => ({
  rank: r.rank,
  unit: r.unit,
  name: r.name,
  total: r.total,
  base: r.base,
  bonus: r.bonus,
  penalty: r.penalty,
  band: r.band,
  eligibleForLeading: r.eligibleForLeading,
});

const numberVi = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** 73.01 → "73,01", as Vietnamese readers write it. */
export const formatPoints = (n: number): string => numberVi.format(n);
