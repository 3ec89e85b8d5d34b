import type { DbOrTx } from "../../db/types";
import { findCluster, membersOf } from "./repo";

/** A cluster row with its member rows, for other modules' policies; undefined when it does not exist. */
export async function findClusterWithMembers(db: DbOrTx, clusterId: string) {
  const found = await findCluster(db, clusterId);
  if (!found) return undefined;
  return {
    cluster: found.cluster,
    councilName: found.councilName,
    members: await membersOf(db, [clusterId]),
  };
}
