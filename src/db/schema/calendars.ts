import { date, integer, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { clusters } from "./clusters";
import { councilRef } from "./orgs";

/**
 * The deadlines the council sets for one cluster-year. A cluster without a row uses the template's
 * defaults; `version` guards concurrent edits by two admins.
 */
export const clusterCalendars = pgTable("cluster_calendars", {
  clusterId: uuid("cluster_id")
    .primaryKey()
    .references(() => clusters.id),
  councilId: councilRef(),
  pactSignedBy: date("pact_signed_by").notNull(),
  selfAssessmentDue: date("self_assessment_due").notNull(),
  reviewDue: date("review_due").notNull(),
  conferenceOn: date("conference_on").notNull(),
  version: integer("version").notNull().default(1),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
