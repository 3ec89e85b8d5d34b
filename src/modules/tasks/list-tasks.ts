import type { TaskSummary } from "../../contracts/tasks";
import { todayInVietnam, weightedProgress } from "../../core/tasks/status";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { listClusters } from "../clusters/list-clusters";
import { nextPactOf } from "./next-pact";
import { managesTasks } from "./policy";
import { assignmentsOf, reportsOf, tasksOfClusters } from "./repo";
import { clustersBeforeHeaded, seesClusterTasks } from "./see-tasks";
import { computeTaskState } from "./task-state";

/** The key tasks of the clusters the actor sees (one cluster, or a year), with status, progress and each cluster's weighted progress. */
export async function listTasks(args: {
  db: Db;
  actor: Actor;
  now: Date;
  clusterId?: string | undefined;
  year?: number | undefined;
}) {
  const today = todayInVietnam(args.now);
  const clusters = await visibleClusters(args.db, args.actor, args.clusterId, args.year);
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const rows = await tasksOfClusters(args.db, [...byId.keys()]);
  const ids = rows.map((t) => t.id);
  const [assignments, reports] = await Promise.all([assignmentsOf(args.db, ids), reportsOf(args.db, ids)]);
  const tasks: TaskSummary[] = rows.map((t) => {
    const state = computeTaskState(t, assignments, reports, today);
    return {
      id: t.id,
      clusterId: t.clusterId,
      year: byId.get(t.clusterId)?.year ?? 0,
      title: t.title,
      weight: t.weight,
      startDate: t.startDate,
      deadline: t.deadline,
      cadence: t.cadence,
      status: state.status,
      progress: state.progress,
      overdueUnits: state.units.filter((u) => u.status === "overdue").length,
      assignedUnits: state.units.length,
      carriedCriterionCode: t.carriedCriterionCode,
    };
  });
  const summaries = [];
  for (const c of clusters) {
    summaries.push({
      clusterId: c.id,
      name: c.name,
      year: c.year,
      progress: weightedProgress(tasks.filter((t) => t.clusterId === c.id)),
      canManage: managesTasks(args.actor, c),
      nextPact: await nextPactOf(args.db, args.actor, c),
    });
  }
  return { tasks, clusters: summaries };
}

async function visibleClusters(db: Db, actor: Actor, clusterId?: string, year?: number) {
  if (clusterId) {
    const found = await findClusterWithMembers(db, clusterId);
    if (!found || !(await seesClusterTasks(db, actor, found))) return [];
    return [found.cluster];
  }
  const all = await listClusters({ db, actor, year });
  const seen = all.map((c) => ({ id: c.id, councilId: c.councilId, name: c.name, year: c.year }));
  const ids = new Set(seen.map((c) => c.id));
  const previous = (await clustersBeforeHeaded(db, actor)).filter(
    (c) => !ids.has(c.id) && (year === undefined || c.year === year),
  );
  return [...seen, ...previous];
}
