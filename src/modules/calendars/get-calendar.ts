import type { ClusterCalendar } from "../../contracts/calendars";
import type { DbOrTx } from "../../db/types";
import { notFound } from "../../server/errors";
import { type Actor, isCouncilAdmin } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import { effectiveCalendar } from "./present";
import { findCalendar } from "./repo";

/** A cluster-year's deadlines, for everyone who sees the cluster (404 for anyone else). */
export async function getCalendar(args: {
  db: DbOrTx;
  actor: Actor;
  clusterId: string;
}): Promise<ClusterCalendar> {
  const found = await findClusterWithMembers(args.db, args.clusterId);
  if (!found || !canSeeCluster(args.actor, found.cluster, found.members)) throw notFound("Cụm thi đua");
  const row = await findCalendar(args.db, args.clusterId);
  return effectiveCalendar(found.cluster, row, isCouncilAdmin(args.actor, found.cluster.councilId));
}
