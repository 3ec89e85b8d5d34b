import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { listClusters } from "./list-clusters";
import { begunClusterIds } from "./repo";

/**
 * The year a user lands on: this year if one of their cluster-years has begun in it, else the newest begun
 * year not in the future; only when none has begun, the newest year not in the future (else the newest, else
 * this year). A next year that is only an empty draft (cloned or imported ahead) never takes over.
 */
export async function defaultYear(args: {
  db: Db;
  actor: Actor;
  thisYear: number;
}): Promise<{ year: number }> {
  const clusters = await listClusters({ db: args.db, actor: args.actor });
  const begun = await begunClusterIds(
    args.db,
    clusters.map((c) => c.id),
  );
  const years = [...new Set(clusters.map((c) => c.year))].sort((a, b) => b - a);
  const started = [...new Set(clusters.filter((c) => begun.has(c.id)).map((c) => c.year))].sort(
    (a, b) => b - a,
  );
  const now = args.thisYear;
  const pick = (list: number[]) => (list.includes(now) ? now : list.find((y) => y <= now));
  return { year: pick(started) ?? pick(years) ?? years[0] ?? now };
}
