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

/** The content's own digest (everything but its place in the chain), written with the row. */
export function auditDigest(row: Omit<AuditContent, "seq">): string {
  const content = canonicalJson({
    ...row,
    at: new Date(row.at).toISOString(),
    before: row.before ?? null,
    after: row.after ?? null,
  });
  return createHash("sha256").update("thidua-audit/v2\n").update(content).digest("hex");
}

/** The link the database computes at commit (the `audit_seal` trigger): previous hash, seq and digest. */
export function auditLink(prevHash: string, seq: number, digest: string): string {
  return createHash("sha256").update(`${prevHash}\n${seq}\n${digest}`).digest("hex");
}

/** A stored row as the chain should have hashed it: linked by the database, or (legacy) hashed whole. */
export function expectedHash(
  prevHash: string,
  row: AuditContent & { digest: string | null },
): { hash: string; digestOk: boolean } {
  const { digest, ...whole } = row;
  if (digest === null) return { hash: auditHash(prevHash, whole), digestOk: true };
  const { seq, ...content } = whole;
  return { hash: auditLink(prevHash, seq, digest), digestOk: auditDigest(content) === digest };
}
