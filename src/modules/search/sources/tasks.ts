import { sql } from "drizzle-orm";
import type { Actor } from "../../auth/actor";
import type { SearchSource } from "../source";
import { inUuids, ownUnits, wideCouncils } from "../visibility";

/** As clusters/policy canSeeCluster: the council's admins and observers, the cluster's head, its members' staff. */
function seesCluster(actor: Actor) {
  const wide = wideCouncils(actor, true);
  if (wide === null) return sql`true`;
  const grants = actor.kind === "user" ? actor.grants : [];
  const headed = grants
    .filter((g) => g.role === "cluster_head" && g.clusterId)
    .map((g) => g.clusterId as string);
  const own = ownUnits(actor);
  const parts = [];
  if (wide.length > 0) parts.push(inUuids(sql`s.council_id`, wide));
  if (headed.length > 0) parts.push(inUuids(sql`s.cluster_id`, headed));
  if (own.length > 0) {
    parts.push(sql`EXISTS (SELECT 1 FROM cluster_members m WHERE m.cluster_id = s.cluster_id
      AND ${inUuids(sql`m.unit_id`, own)})`);
  }
  return parts.length === 0 ? sql`false` : sql`(${sql.join(parts, sql` OR `)})`;
}

/** Key tasks, for whoever sees their cluster. */
export const taskSource: SearchSource = {
  kind: "task",
  label: "Nhiệm vụ trọng tâm",
  table: "tasks",
  id: sql`s.id`,
  title: sql`s.title`,
  body: sql`s.description`,
  doc: sql`s.title || ' ' || s.description`,
  vector: sql`s.search_vector`,
  councilId: sql`s.council_id`,
  unitId: sql`NULL::uuid`,
  year: sql`(SELECT c.year FROM clusters c WHERE c.id = s.cluster_id)`,
  url: (id) => `/nhiem-vu/${id}`,
  visible: seesCluster,
};
