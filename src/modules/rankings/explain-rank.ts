import { z } from "zod";
import type { ClusterYear, UnitResult } from "../../contracts/cluster-year";
import { parseInput } from "../../contracts/parse";
import { rankingStage, type WhyResponse } from "../../contracts/rankings";
import { explainDifference, hundredthsOf, type RankExplanation, toNumber } from "../../core/scoring";
import type { Db } from "../../db/types";
import { AppError } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { rankingContext, rankingView } from "./load-ranking";
import { formatPoints } from "./present";

const input = z.object({
  clusterId: z.uuid({ error: "Mã cụm không hợp lệ" }),
  a: z.string().min(1, "Hãy chọn đơn vị thứ nhất"),
  b: z.string().min(1, "Hãy chọn đơn vị thứ hai"),
  stage: rankingStage.default("final"),
});

/** "Why this rank": where two units' scores differ and by how much, and which key placed one above the other. */
export async function explainRank(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  a: string;
  b: string;
  stage?: string;
}): Promise<WhyResponse> {
  const { clusterId, a, b, stage } = parseInput(input, args);
  const ctx = await rankingContext(args.db, args.actor, clusterId);
  const view = await rankingView(ctx, stage);
  const results = view.ranking?.results ?? [];
  const find = (code: string, path: "a" | "b"): UnitResult => {
    const r = results.find((x) => x.unit === code);
    if (r) return r;
    throw new AppError("validation", 400, `${path}: Đơn vị "${code}" không có trong bảng xếp hạng này.`, [
      { path, message: `Đơn vị "${code}" không có trong bảng xếp hạng này` },
    ]);
  };
  const ra = find(a, "a");
  const rb = find(b, "b");
  const file = view.file as ClusterYear;
  const e = explainDifference(ra, rb, file);
  const standing = (r: UnitResult) => ({ unit: r.unit, name: r.name, rank: r.rank, total: r.total });
  return {
    stage,
    a: standing(ra),
    b: standing(rb),
    ahead: e.ahead,
    decidedBy: e.decidedBy,
    summary: summarise(e, ra, rb, file),
    keys: e.keys.map((k) => ({ key: k.key, a: k.a, b: k.b })),
    criteria: e.criteria.map((c) => ({ ...c })),
  };
}

function summarise(e: RankExplanation, a: UnitResult, b: UnitResult, file: ClusterYear): string {
  if (e.decidedBy === null || e.ahead === null) {
    return `Hai đơn vị bằng nhau ở tổng điểm (${formatPoints(a.total)}) và mọi tiêu chí phụ nên đồng hạng ${a.rank}.`;
  }
  const [winner, loser] = e.ahead === a.unit ? [a, b] : [b, a];
  const key = e.keys.at(-1)!;
  const [w, l] = e.ahead === a.unit ? [key.a, key.b] : [key.b, key.a];
  if (e.decidedBy === "total") {
    const by = toNumber(hundredthsOf(w) - hundredthsOf(l));
    return `${winner.name} hơn ${loser.name} ${formatPoints(by)} điểm tổng (${formatPoints(w)} so với ${formatPoints(l)}).`;
  }
  const tie = `Hai đơn vị bằng tổng điểm (${formatPoints(a.total)}); ${winner.name} xếp trên`;
  if (e.decidedBy === "fewerPenalties") {
    return `${tie} vì bị trừ ít điểm hơn (${formatPoints(w)} so với ${formatPoints(l)}).`;
  }
  if (e.decidedBy === "moreBonus") {
    return `${tie} nhờ điểm thưởng cao hơn (${formatPoints(w)} so với ${formatPoints(l)}).`;
  }
  const code = e.decidedBy.slice("group:".length);
  const title = findTitle(file, code);
  return `${tie} nhờ điểm ${code}${title ? ` "${title}"` : ""} cao hơn (${formatPoints(w)} so với ${formatPoints(l)}).`;
}

function findTitle(file: ClusterYear, code: string): string | undefined {
  const stack = [...file.criteria];
  while (stack.length > 0) {
    const c = stack.shift()!;
    if (c.code === code) return c.title;
    if (c.method === undefined) stack.push(...c.children);
  }
  return undefined;
}
