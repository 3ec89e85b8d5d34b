import { z } from "zod";
import { parseInput } from "../../contracts/parse";
import { type RankingResponse, rankingStage } from "../../contracts/rankings";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { rankingContext, rankingView } from "./load-ranking";
import { rankingRowOf } from "./present";
import { memo } from "./ranking-cache";

const input = z.object({
  clusterId: z.uuid({ error: "Mã cụm không hợp lệ" }),
  stage: rankingStage.default("final"),
});

/**
 * The ranking of a cluster-year, computed by the engine (scoreClusterYear) from the pact and the inputs:
 * the published results for anyone who sees the cluster; the draft for the head and the council.
 */
export async function getRanking(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  stage?: string;
}): Promise<RankingResponse> {
  const { clusterId, stage } = parseInput(input, { clusterId: args.clusterId, stage: args.stage });
  const ctx = await rankingContext(args.db, args.actor, clusterId);
  const view = await rankingView(ctx, stage);
  const { id, code, name, year } = ctx.cluster;
  return {
    cluster: { id, code, name, year },
    stage,
    maxPoints: view.maxPoints,
    bonusCap: view.bonusCap,
    rows: memo(view, "rows", () => (view.ranking?.results ?? []).map(rankingRowOf)),
    pending: view.pending.map((m) => ({ unit: m.code, name: m.name })),
    ignored: view.ignored,
    canSeeDraft: ctx.access.seeDraft,
  };
}
