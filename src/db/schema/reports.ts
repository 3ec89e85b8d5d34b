import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { clusters } from "./clusters";
import { councilRef, organizations } from "./orgs";

export const reportPeriodKinds = ["half", "year"] as const;
export const reportStatuses = ["draft", "submitted", "returned", "accepted"] as const;

/**
 * A reporting round of a cluster-year (six months or the year): its deadline and the fields units report
 * on (configurable per sector; the propaganda list by default). Opening it creates a draft per member.
 */
export const reportPeriods = pgTable(
  "report_periods",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    clusterId: uuid("cluster_id")
      .notNull()
      .references(() => clusters.id),
    kind: text("kind", { enum: reportPeriodKinds }).notNull(),
    year: integer("year").notNull(),
    deadline: date("deadline").notNull(),
    fields: jsonb("fields").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("report_periods_cluster_kind").on(t.clusterId, t.kind)],
);

/** One unit's report for one period. Sections are sanitised HTML; search_text is their plain text. */
export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    periodId: uuid("period_id")
      .notNull()
      .references(() => reportPeriods.id),
    clusterId: uuid("cluster_id")
      .notNull()
      .references(() => clusters.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => organizations.id),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    status: text("status", { enum: reportStatuses }).notNull().default("draft"),
    sections: jsonb("sections").notNull(),
    searchText: text("search_text").notNull().default(""),
    /** The head's reopening after the deadline: submitting is allowed until this day (inclusive). */
    reopenedUntil: date("reopened_until"),
    version: integer("version").notNull().default(1),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("reports_period_unit").on(t.periodId, t.unitId),
    index("reports_council_year_idx").on(t.councilId, t.year),
  ],
);

/** The timeline of a report: who moved it, when, and why (the reason of a return). */
export const reportEvents = pgTable(
  "report_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    note: text("note"),
    actorId: uuid("actor_id").references(() => users.id),
    actorName: text("actor_name").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("report_events_report_idx").on(t.reportId)],
);

/** The cluster's consolidated report for a period, as the head edited it (structured sections). */
export const consolidatedReports = pgTable("consolidated_reports", {
  id: uuid("id").primaryKey().defaultRandom(),
  councilId: councilRef(),
  periodId: uuid("period_id")
    .notNull()
    .unique()
    .references(() => reportPeriods.id),
  sections: jsonb("sections").notNull(),
  version: integer("version").notNull().default(1),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
