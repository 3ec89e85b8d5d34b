import type { ClusterDetail } from "../../contracts/clusters";
import { endOfYear } from "../../core/orgs/dated";
import type { DbOrTx } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { namesAt } from "../orgs/list-organizations";
import { canCloneCluster, canSeeCluster } from "./policy";
import { presentMembers, presentSummary } from "./present";
import { findCluster, findClusterByCodeYear, membersOf } from "./repo";

/** One cluster with its members as they were that year; 404 for a cluster the actor may not see. */
export async function getCluster(args: {
  db: DbOrTx;
  actor: Actor;
  clusterId: string;
}): Promise<ClusterDetail> {
  const found = await findCluster(args.db, args.clusterId);
  if (!found) throw notFound("Cụm thi đua");
  const members = await membersOf(args.db, [found.cluster.id]);
  if (!canSeeCluster(args.actor, found.cluster, members)) throw notFound("Cụm thi đua");
  const next = await findClusterByCodeYear(
    args.db,
    found.cluster.councilId,
    found.cluster.code,
    found.cluster.year + 1,
  );
  const names = await namesAt(
    args.db,
    members.map((m) => m.unitId),
    endOfYear(found.cluster.year),
  );
  return {
    ...presentSummary(found.cluster, found.councilName, members, names),
    members: presentMembers(members, names),
    canClone: canCloneCluster(args.actor, found.cluster) && !next,
    nextYearClusterId:
      next && canSeeCluster(args.actor, next, await membersOf(args.db, [next.id])) ? next.id : null,
  };
}
