import { createHash } from "node:crypto";
import { canonicalJson } from "../../core/text/canonical-json";

export type AuditContent = {
  councilId: string;
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

export const GENESIS_HASH = "0".repeat(64);

/** sha256(previous hash + canonical row content): changing any row breaks it and every later link. */
export function auditHash(prevHash: string, row: AuditContent): string {
  const content = canonicalJson({
    ...row,
    at: new Date(row.at).toISOString(),
    before: row.before ?? null,
    after: row.after ?? null,
  });
  return createHash("sha256").update(prevHash).update("\n").update(content).digest("hex");
}
