import type { ReportField } from "../../contracts/reports";
import type { Db } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import { managesReports } from "./policy";
import { periodsOfClusters } from "./repo";

/** A cluster's reporting periods, and whether the actor manages them (opens periods, consolidates). */
export async function listPeriods(args: { db: Db; actor: Actor; clusterId: string }) {
  const found = await findClusterWithMembers(args.db, args.clusterId);
  if (!found || !canSeeCluster(args.actor, found.cluster, found.members)) throw notFound("Cụm thi đua");
  const periods = await periodsOfClusters(args.db, [found.cluster.id]);
  return {
    manages: managesReports(args.actor, found.cluster),
    periods: periods.map((p) => ({
      id: p.id,
      clusterId: p.clusterId,
      kind: p.kind,
      year: p.year,
      deadline: p.deadline,
      fields: p.fields as ReportField[],
    })),
  };
}
