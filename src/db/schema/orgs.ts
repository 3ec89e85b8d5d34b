import { sql } from "drizzle-orm";
import { date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** A leading agency (cơ quan chủ trì): the tenant. Every tenant table carries council_id. */
export const councils = pgTable("councils", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The tenant column every council-owned table carries (also the distribution column under Citus). */
export const councilRef = () =>
  uuid("council_id")
    .notNull()
    .references(() => councils.id);

/** An organisation over time: the council's own body or a member unit. Names live in organization_names. */
export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    kind: text("kind", { enum: ["council", "unit"] }).notNull(),
    code: text("code").notNull(),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
  },
  (t) => [index("organizations_council_idx").on(t.councilId, t.code)],
);

export const organizationNames = pgTable(
  "organization_names",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id),
    name: text("name").notNull(),
    shortName: text("short_name"),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
  },
  (t) => [index("organization_names_org_idx").on(t.orgId, t.validFrom)],
);

/** Succession between organisations: renamed into, merged into, split from. */
export const organizationLinks = pgTable(
  "organization_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    predecessorId: uuid("predecessor_id")
      .notNull()
      .references(() => organizations.id),
    successorId: uuid("successor_id")
      .notNull()
      .references(() => organizations.id),
    relation: text("relation", { enum: ["renamed", "merged", "split"] }).notNull(),
    date: date("date").notNull(),
  },
  (t) => [
    index("organization_links_pred_idx").on(t.predecessorId),
    index("organization_links_succ_idx").on(t.successorId),
  ],
);

export const people = pgTable("people", {
  id: uuid("id").primaryKey().defaultRandom(),
  councilId: councilRef(),
  fullName: text("full_name").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(sql`now()`),
});

/** A post held by a person in an organisation, dated; one person may hold several at once. */
export const positions = pgTable(
  "positions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id),
    title: text("title").notNull(),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
  },
  (t) => [index("positions_person_idx").on(t.personId), index("positions_org_idx").on(t.orgId)],
);
