import { bigserial, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { councilRef, councils } from "./orgs";

/** Tamper-evident audit: one hash chain per council; hash covers the row and the previous row's hash. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    councilId: councilRef(),
    seq: integer("seq").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull(),
    actorId: uuid("actor_id"),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [unique("audit_log_council_seq").on(t.councilId, t.seq)],
);

/** The head of each council's chain, locked FOR UPDATE while appending so appends serialise per council only. */
export const auditHeads = pgTable("audit_heads", {
  councilId: uuid("council_id")
    .primaryKey()
    .references(() => councils.id),
  lastSeq: integer("last_seq").notNull(),
  lastHash: text("last_hash").notNull(),
});
