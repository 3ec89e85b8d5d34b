import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { listClusters } from "../clusters/list-clusters";
import { meetingsOfClusters } from "./repo";

/** Meetings of the clusters the actor sees, soonest first; optionally of one cluster. */
export async function listMeetings(args: { db: Db; actor: Actor; clusterId?: string }) {
  const clusters = await listClusters({ db: args.db, actor: args.actor });
  const ids = clusters.map((c) => c.id).filter((id) => !args.clusterId || id === args.clusterId);
  const name = new Map(clusters.map((c) => [c.id, c.shortName ?? c.name]));
  const rows = await meetingsOfClusters(args.db, ids);
  return rows.map((m) => ({
    id: m.id,
    clusterId: m.clusterId,
    clusterName: name.get(m.clusterId) ?? "",
    kind: m.kind,
    title: m.title,
    startsAt: m.startsAt.toISOString(),
    place: m.place,
    status: m.status,
  }));
}
