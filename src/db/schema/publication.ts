import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { clusters } from "./clusters";
import { councilRef } from "./orgs";
import { pacts } from "./scoring";

/**
 * The published ranking of a cluster-year, as a record: the thidua.cluster-year/v1 file that was scored
 * (the pact's table and rules at `pactVersion`, every unit's final inputs) and the engine's result
 * (totals, per-criterion scores, ranks, bands). It never changes: a correction publishes a new `seq`
 * with its reason; a reopen marks the row reopened (reason, who, when) and the units go back to final.
 */
export const clusterPublications = pgTable(
  "cluster_publications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    clusterId: uuid("cluster_id")
      .notNull()
      .references(() => clusters.id),
    seq: integer("seq").notNull(),
    pactId: uuid("pact_id")
      .notNull()
      .references(() => pacts.id),
    pactVersion: integer("pact_version").notNull(),
    file: jsonb("file").notNull(),
    results: jsonb("results").notNull(),
    /** Null for a publication; the correction's reason for a republication after a correction. */
    reason: text("reason"),
    publishedBy: uuid("published_by").references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    reopenedBy: uuid("reopened_by").references(() => users.id),
    reopenedAt: timestamp("reopened_at", { withTimezone: true }),
    reopenReason: text("reopen_reason"),
  },
  (t) => [
    unique("cluster_publications_seq").on(t.clusterId, t.seq),
    index("cluster_publications_cluster_idx").on(t.clusterId),
  ],
);
