import { eq, sql } from "drizzle-orm";
import { auditHeads, auditLog } from "../../db/schema";
import type { Tx } from "../../db/types";
import { bumpWriteGeneration } from "../../db/write-generation";
import type { Actor } from "../auth/actor";
import { auditHash, GENESIS_HASH } from "./hash";

export type AuditEntry = {
  councilId: string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Appends to the council's hash chain inside the caller's transaction; the head row lock serialises one council only. */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  bumpWriteGeneration();
  // The head exists after a council's first audited write: lock it first, create it only when missing.
  let head = await lockHead(tx, entry.councilId);
  if (!head) {
    await tx
      .insert(auditHeads)
      .values({ councilId: entry.councilId, lastSeq: 0, lastHash: GENESIS_HASH })
      .onConflictDoNothing();
    head = await lockHead(tx, entry.councilId);
  }
  if (!head) throw new Error("audit head missing");
  const content = {
    councilId: entry.councilId,
    seq: head.lastSeq + 1,
    at: new Date().toISOString(),
    actorId: actor.kind === "user" ? actor.userId : null,
    actorName: actor.kind === "user" ? actor.username : actor.name,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: toJson(entry.before),
    after: toJson(entry.after),
  };
  const hash = auditHash(head.lastHash, content);
  // The row and the new head in one statement: one round trip fewer while the council's head is held.
  const append = tx.insert(auditLog).values({ ...content, prevHash: head.lastHash, hash });
  const moveHead = tx
    .update(auditHeads)
    .set({ lastSeq: content.seq, lastHash: hash })
    .where(eq(auditHeads.councilId, entry.councilId));
  await tx.execute(sql`with appended as (${append.getSQL()}) ${moveHead.getSQL()}`);
}

async function lockHead(tx: Tx, councilId: string) {
  const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.councilId, councilId)).for("update");
  return head;
}

/** Normalises through JSON so that what we hash is what jsonb gives back (dates become strings, undefined drops). */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
