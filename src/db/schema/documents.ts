import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { clusters } from "./clusters";
import { councilRef, councils, organizations } from "./orgs";

/**
 * How a council's documents look: the Party layout (Guidance 36-HD/VPTW) or the state layout (Decree
 * 30/2020/NĐ-CP), and, for Party numbering, the opening date of the Party committee's current term.
 */
export const documentSettings = pgTable("document_settings", {
  councilId: uuid("council_id")
    .primaryKey()
    .references(() => councils.id),
  layout: text("layout", { enum: ["party", "state"] })
    .notNull()
    .default("party"),
  partyTermStart: date("party_term_start"),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** How an organisation names itself at the top of its documents, its symbol and its place. */
export const documentIssuers = pgTable("document_issuers", {
  orgId: uuid("org_id")
    .primaryKey()
    .references(() => organizations.id),
  councilId: councilRef(),
  superiorBody: text("superior_body"),
  issuingBody: text("issuing_body").notNull(),
  symbol: text("symbol").notNull(),
  place: text("place").notNull(),
});

/** A number register: one per issuing body, document type and period (a Party term or a calendar year). */
export const documentRegisters = pgTable(
  "document_registers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    issuerOrgId: uuid("issuer_org_id")
      .notNull()
      .references(() => organizations.id),
    typeCode: text("type_code").notNull(),
    period: text("period").notNull(),
    lastNumber: integer("last_number").notNull().default(0),
  },
  (t) => [unique("document_registers_key").on(t.issuerOrgId, t.typeCode, t.period)],
);

/** A document as issued: its number and its whole content, never changed afterwards (a trigger refuses it). */
export const issuedDocuments = pgTable(
  "issued_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    registerId: uuid("register_id")
      .notNull()
      .references(() => documentRegisters.id),
    number: integer("number").notNull(),
    kind: text("kind").notNull(),
    clusterId: uuid("cluster_id").references(() => clusters.id),
    date: date("date").notNull(),
    content: jsonb("content").notNull(),
    issuedBy: uuid("issued_by").references(() => users.id),
    issuedByName: text("issued_by_name").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("issued_documents_number").on(t.registerId, t.number),
    unique("issued_documents_cluster_kind").on(t.clusterId, t.kind),
    index("issued_documents_council_idx").on(t.councilId),
  ],
);
