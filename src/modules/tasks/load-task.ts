import type { DbOrTx } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { pactForScoring } from "../pacts/pact-for-scoring";
import { findTask, type TaskRow } from "./repo";
import { seesClusterTasks } from "./see-tasks";

export type ClusterUnits = {
  cluster: { id: string; councilId: string; name: string; year: number; previousId: string | null };
  /** Members with their code and the name they had that year. */
  units: { unitId: string; code: string; name: string; role: "head" | "deputy" | "member" }[];
};

/** A cluster with its members' names, after checking the actor may see its tasks (404 otherwise). */
export async function loadCluster(db: DbOrTx, actor: Actor, clusterId: string): Promise<ClusterUnits> {
  const found = await findClusterWithMembers(db, clusterId);
  if (!found || !(await seesClusterTasks(db, actor, found))) throw notFound("Cụm thi đua");
  return withUnitNames(db, found.cluster);
}

async function withUnitNames(
  db: DbOrTx,
  found: { id: string; councilId: string; name: string; year: number; previousId: string | null },
): Promise<ClusterUnits> {
  const clusterId = found.id;
  const scoring = await pactForScoring(db, clusterId);
  if (!scoring) throw notFound("Cụm thi đua");
  const { id, councilId, name, year, previousId } = found;
  return { cluster: { id, councilId, name, year, previousId }, units: scoring.units };
}

/** A task and its cluster; 404 when it does not exist or the actor may not see its cluster's tasks. */
export async function loadTask(
  db: DbOrTx,
  actor: Actor,
  taskId: string,
  opts: { lock?: boolean } = {},
): Promise<ClusterUnits & { task: TaskRow }> {
  const task = await findTask(db, taskId, opts);
  if (!task) throw notFound("Nhiệm vụ");
  const found = await findClusterWithMembers(db, task.clusterId);
  if (!found || !(await seesClusterTasks(db, actor, found))) throw notFound("Nhiệm vụ");
  return { ...(await withUnitNames(db, found.cluster)), task };
}
