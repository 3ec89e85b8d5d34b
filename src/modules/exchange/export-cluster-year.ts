import { z } from "zod";
import type { ClusterYear, Criterion, Scores } from "../../contracts/cluster-year";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { pactForScoring } from "../pacts/pact-for-scoring";
import { buildClusterYear, type Ignored } from "../rankings/build-file";
import { rankingContext, rankingView } from "../rankings/load-ranking";

const input = z.object({ clusterId: z.uuid({ error: "Mã cụm không hợp lệ" }) });

/**
 * The cluster-year as a thidua.cluster-year/v1 file: every member by code (named as that year), the pact's
 * criteria and rules, and the inputs of the results the actor may see: the published record (its table and
 * final inputs); before publication, the head and the council get the provisional ranking's. `thidua score`
 * on it gives the same totals as the ranking page.
 */
export async function exportClusterYear(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
}): Promise<{ file: ClusterYear; text: string; filename: string; ignored: Ignored[] }> {
  const { clusterId } = parseInput(input, { clusterId: args.clusterId });
  const ctx = await rankingContext(args.db, args.actor, clusterId);
  // The same scoring as the ranking page: the published record once published; before that, the head and
  // the council get the provisional ranking's file, anyone else the (empty) published one.
  const published = await rankingView(ctx, "final");
  const view = published.file || !ctx.access.seeDraft ? published : await rankingView(ctx, "draft");
  const scoring = await pactForScoring(args.db, clusterId);
  if (!scoring?.pact || scoring.criteria.length === 0) throw notFound("Giao ước của cụm");
  const criteria = view.file?.criteria ?? scoring.criteria;
  const order = documentOrder(criteria);
  const units = ctx.members.map((m) => ({ code: m.code, name: m.name }));
  const scores = view.file?.scores ?? {};
  const ordered: Scores = {};
  for (const u of units) {
    const own = scores[u.code];
    if (!own) continue;
    ordered[u.code] = Object.fromEntries(
      Object.entries(own).sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9)),
    );
  }
  const { file, ignored } = buildClusterYear({
    cluster: scoring.cluster,
    units,
    criteria,
    rules: view.file?.rules ?? scoring.rules,
    scores: ordered,
  });
  if (!file) throw notFound("Giao ước của cụm");
  return {
    file,
    ignored: [...view.ignored, ...ignored],
    text: `${JSON.stringify(file, null, 2)}\n`,
    filename: `${scoring.cluster.code}-${scoring.cluster.year}.cluster-year.json`,
  };
}

function documentOrder(criteria: readonly Criterion[]): Map<string, number> {
  const order = new Map<string, number>();
  const walk = (list: readonly Criterion[]) => {
    for (const c of list) {
      order.set(c.code, order.size);
      if (c.method === undefined) walk(c.children);
    }
  };
  walk(criteria);
  return order;
}
