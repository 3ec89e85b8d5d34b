import type { DbOrTx } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import { assignmentsOfCluster } from "./repo";

/** Who cross-scores whom in a cluster-year; anyone who sees the cluster may know. */
export async function listCrossScoring(args: { db: DbOrTx; actor: Actor; clusterId: string }) {
  const found = await findClusterWithMembers(args.db, args.clusterId);
  if (!found || !canSeeCluster(args.actor, found.cluster, found.members)) throw notFound("Cụm thi đua");
  return (await assignmentsOfCluster(args.db, args.clusterId)).map((a) => ({
    reviewerUnitId: a.reviewerUnitId,
    reviewedUnitId: a.reviewedUnitId,
  }));
}
