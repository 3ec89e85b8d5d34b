import { index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { councilRef, organizations } from "./orgs";

/** A cluster (cụm) or block (khối) for one year. The same cluster next year is a new row linked by previousId. */
export const clusters = pgTable(
  "clusters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    kind: text("kind", { enum: ["cum", "khoi"] }).notNull(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    year: integer("year").notNull(),
    previousId: uuid("previous_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("clusters_council_code_year").on(t.councilId, t.code, t.year),
    index("clusters_year_idx").on(t.year),
  ],
);

export const clusterMembers = pgTable(
  "cluster_members",
  {
    councilId: councilRef(),
    clusterId: uuid("cluster_id")
      .notNull()
      .references(() => clusters.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => organizations.id),
    role: text("role", { enum: ["head", "deputy", "member"] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.clusterId, t.unitId] }), index("cluster_members_unit_idx").on(t.unitId)],
);
