import { z } from "zod";
import type { UnitResult } from "../../contracts/cluster-year";
import { parseInput } from "../../contracts/parse";
import { type MatrixResponse, matrixStage, type SelfVsFinal } from "../../contracts/rankings";
import { hundredthsOf, toNumber } from "../../core/scoring";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { type RankingContext, type RankingView, rankingContext, rankingView } from "./load-ranking";
import { criteriaNodes } from "./present";
import { memo } from "./ranking-cache";

const input = z.object({
  clusterId: z.uuid({ error: "Mã cụm không hợp lệ" }),
  stage: matrixStage.default("final"),
});

const minus = (a: number, b: number): number => toNumber(hundredthsOf(a) - hundredthsOf(b));

/**
 * The units × criteria scores (heat map) of the final (or, for the head and council, draft) ranking, and
 * each unit's own scores against them: totals and every criterion where they differ.
 */
export async function getRankingMatrix(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  stage?: string;
}): Promise<MatrixResponse> {
  const { clusterId, stage } = parseInput(input, { clusterId: args.clusterId, stage: args.stage });
  const ctx = await rankingContext(args.db, args.actor, clusterId);
  const view = await rankingView(ctx, stage);
  const self = await rankingView(ctx, stage, "self");
  // Views are immutable and cached: the matrix of a pair of them is computed once (callers must not mutate it).
  const bySelf = memo(view, "matrix", () => new WeakMap<RankingView, MatrixResponse>());
  let matrix = bySelf.get(self);
  if (!matrix) {
    matrix = matrixOf(ctx, stage, view, self);
    bySelf.set(self, matrix);
  }
  return matrix;
}

function matrixOf(
  ctx: RankingContext,
  stage: MatrixResponse["stage"],
  view: RankingView,
  self: RankingView,
): MatrixResponse {
  const results = view.ranking?.results ?? [];
  const selfOf = new Map((self.ranking?.results ?? []).map((r) => [r.unit, r]));
  const { id, code, name, year } = ctx.cluster;
  return {
    cluster: { id, code, name, year },
    stage,
    criteria: criteriaNodes(view.criteria),
    units: results.map((r) => ({ unit: r.unit, name: r.name, rank: r.rank, total: r.total })),
    scores: Object.fromEntries(results.map((r) => [r.unit, r.scores])),
    selfVsFinal: results.flatMap((r) => {
      const s = selfOf.get(r.unit);
      return s ? [compare(s, r)] : [];
    }),
    ignored: view.ignored,
  };
}

function compare(self: UnitResult, final: UnitResult): SelfVsFinal {
  const criteria = Object.keys(final.scores)
    .filter((code) => (self.scores[code] ?? 0) !== final.scores[code])
    .map((code) => {
      const s = self.scores[code] ?? 0;
      const f = final.scores[code] ?? 0;
      return { code, self: s, final: f, difference: minus(f, s) };
    });
  return {
    unit: final.unit,
    name: final.name,
    selfTotal: self.total,
    finalTotal: final.total,
    difference: minus(final.total, self.total),
    criteria,
  };
}
