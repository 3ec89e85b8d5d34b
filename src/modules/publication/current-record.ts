import type { ClusterYear, RankingV1 } from "../../contracts/cluster-year";
import type { DbOrTx } from "../../db/types";
import { latestPublication } from "./repo";

export type PublishedRecord = {
  id: string;
  seq: number;
  pactVersion: number;
  publishedAt: Date;
  file: ClusterYear;
  results: RankingV1;
};

/**
 * The cluster-year's results as published and not reopened: what every page, export and document shows as
 * "published". Undefined before publication and after a reopen. No policy check: callers check.
 */
export async function currentRecord(db: DbOrTx, clusterId: string): Promise<PublishedRecord | undefined> {
  const row = await latestPublication(db, clusterId);
  if (!row || row.reopenedAt) return undefined;
  return {
    id: row.id,
    seq: row.seq,
    pactVersion: row.pactVersion,
    publishedAt: row.publishedAt,
    file: row.file as ClusterYear,
    results: row.results as RankingV1,
  };
}
