import { bigserial, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { councilRef, councils } from "./orgs";

/**
 * Tamper-evident audit: one hash chain per council. The row is written with the digest of its content;
 * at commit a trigger links it (`audit_seal`, migration 0015): seq, the previous row's hash, and its hash
 * over both. Legacy rows (no digest) were hashed whole by the application. See modules/audit/hash.ts.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    councilId: councilRef(),
    /** Null only inside the writing transaction, until the commit links the row. */
    seq: integer("seq"),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull(),
    actorId: uuid("actor_id"),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    prevHash: text("prev_hash"),
    hash: text("hash"),
    digest: text("digest"),
  },
  (t) => [unique("audit_log_council_seq").on(t.councilId, t.seq)],
);

/** The head of each council's chain, locked at commit by the linking trigger: appends serialise per council only. */
export const auditHeads = pgTable("audit_heads", {
  councilId: uuid("council_id")
    .primaryKey()
    .references(() => councils.id),
  lastSeq: integer("last_seq").notNull(),
  lastHash: text("last_hash").notNull(),
});
