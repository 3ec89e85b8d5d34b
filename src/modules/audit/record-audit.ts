import { boundTo, runBuiltOnce } from "../../db/built-once";
import { auditLog } from "../../db/schema";
import type { DbOrTx, Tx } from "../../db/types";
import { bumpWriteGeneration } from "../../db/write-generation";
import type { Actor } from "../auth/actor";
import { auditDigest } from "./hash";

export type AuditEntry = {
  councilId: string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends to the council's hash chain inside the caller's transaction: the row with its content's digest;
 * the commit links it (seq, previous hash, hash) under the council's head, see the `audit_seal` trigger.
 */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  bumpWriteGeneration();
  const content = {
    councilId: entry.councilId,
    at: new Date().toISOString(),
    actorId: actor.kind === "user" ? actor.userId : null,
    actorName: actor.kind === "user" ? actor.username : actor.name,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: toJson(entry.before),
    after: toJson(entry.after),
  };
  await runBuiltOnce(tx, "audit.append", insertQuery, { ...content, digest: auditDigest(content) });
}

const COLUMNS = [
  "councilId",
  "at",
  "actorId",
  "actorName",
  "action",
  "entity",
  "entityId",
  "before",
  "after",
  "digest",
] as const;

/** The audit row's insert, with a placeholder per column (named after it). */
function insertQuery(tx: DbOrTx) {
  const values = Object.fromEntries(COLUMNS.map((c) => [c, boundTo(auditLog[c], c)]));
  return tx.insert(auditLog).values(values as unknown as typeof auditLog.$inferInsert);
}

/** Normalises through JSON so that what we hash is what jsonb gives back (dates become strings, undefined drops). */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
