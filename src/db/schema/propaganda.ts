import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { councilRef, organizations } from "./orgs";

/** A propaganda topic the council sets for a year (the year's theme, Covid-19, the Party congresses…). */
export const propagandaTopics = pgTable(
  "propaganda_topics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("propaganda_topics_council_year_idx").on(t.councilId, t.year)],
);

export const activityKinds = ["conference", "article", "banner", "other"] as const;

/** A unit's activity against a topic: conferences, articles, banners, with counts and participants. */
export const propagandaActivities = pgTable(
  "propaganda_activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    topicId: uuid("topic_id")
      .notNull()
      .references(() => propagandaTopics.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => organizations.id),
    kind: text("kind", { enum: activityKinds }).notNull(),
    heldOn: date("held_on").notNull(),
    title: text("title").notNull(),
    quantity: integer("quantity").notNull().default(1),
    participants: integer("participants").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("propaganda_activities_topic_idx").on(t.topicId)],
);

export const opinionTones = ["positive", "mixed", "concerned", "negative"] as const;

/**
 * A unit's periodic public-opinion report (dư luận xã hội): per topic a tone and a summary, notable
 * opinions, recommendations. search_text is their plain text.
 */
export const opinionReports = pgTable(
  "opinion_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => organizations.id),
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    /** [{ topicId, tone, summary }] */
    items: jsonb("items").notNull(),
    notable: text("notable").notNull().default(""),
    recommendations: text("recommendations").notNull().default(""),
    searchText: text("search_text").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("opinion_reports_council_year_idx").on(t.councilId, t.year)],
);
