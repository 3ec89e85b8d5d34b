import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { councilRef, organizations } from "./orgs";
import { reports } from "./reports";

/** A good model or practice (mô hình, cách làm hay) of a unit, with the report it came from. */
export const practices = pgTable(
  "practices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => organizations.id),
    year: integer("year").notNull(),
    field: text("field").notNull(),
    title: text("title").notNull(),
    problem: text("problem").notNull(),
    howItWorks: text("how_it_works").notNull(),
    results: text("results").notNull(),
    /** Results in figures: [{ label, value, unit }]. */
    figures: jsonb("figures").notNull(),
    contact: text("contact").notNull().default(""),
    reportId: uuid("report_id").references(() => reports.id),
    searchText: text("search_text").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("practices_council_year_idx").on(t.councilId, t.year)],
);

/** Replication (nhân rộng): another unit adopted the practice, when, and with what result. */
export const practiceReplications = pgTable(
  "practice_replications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => organizations.id),
    adoptedOn: date("adopted_on").notNull(),
    result: text("result").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("practice_replications_practice_idx").on(t.practiceId)],
);
