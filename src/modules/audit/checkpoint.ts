import { createPublicKey, type KeyObject, sign, verify } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { auditHeads, councils } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { type AuditKey, fingerprintOf } from "./audit-key";

/** A signed statement "council C's audit chain had, at time T, entry number SEQ with hash HEAD". */
export type Checkpoint = {
  councilId: string;
  council: string;
  seq: number;
  head: string;
  at: string;
  fingerprint: string;
  publicKey: string;
  signature: string;
};

const TITLE = "thidua — điểm mốc nhật ký kiểm toán (audit checkpoint) v1";

/** Only these four facts are signed; the council's name is there for the reader. */
const signedBytes = (c: Pick<Checkpoint, "councilId" | "seq" | "head" | "at">) =>
  Buffer.from(`thidua-audit-checkpoint/v1\n${c.councilId}\n${c.seq}\n${c.head}\n${c.at}`, "utf8");

/** Signs the current head of every council's chain (or of one, by code). */
export async function makeCheckpoints(
  db: DbOrTx,
  key: AuditKey,
  councilCode?: string,
): Promise<Checkpoint[]> {
  const rows = await db
    .select({
      councilId: auditHeads.councilId,
      seq: auditHeads.lastSeq,
      head: auditHeads.lastHash,
      code: councils.code,
      name: councils.name,
    })
    .from(auditHeads)
    .innerJoin(councils, eq(councils.id, auditHeads.councilId))
    .orderBy(asc(councils.code));
  const at = new Date().toISOString();
  const publicKey = key.publicKey.export({ type: "spki", format: "der" }).toString("base64");
  return rows
    .filter((r) => !councilCode || r.code === councilCode)
    .map((r) => {
      const facts = { councilId: r.councilId, seq: r.seq, head: r.head, at };
      return {
        ...facts,
        council: `${r.code} — ${r.name}`,
        fingerprint: key.fingerprint,
        publicKey,
        signature: sign(null, signedBytes(facts), key.privateKey).toString("base64"),
      };
    });
}

export function formatCheckpoints(list: Checkpoint[]): string {
  return list
    .map((c) =>
      [
        TITLE,
        `Cơ quan: ${c.council}`,
        `council: ${c.councilId}`,
        `seq: ${c.seq}`,
        `head: ${c.head}`,
        `at: ${c.at}`,
        `key: ${c.fingerprint}`,
        `public-key: ${c.publicKey}`,
        `signature: ${c.signature}`,
      ].join("\n"),
    )
    .join("\n\n")
    .concat("\n");
}

/** Reads checkpoints back from filed text (extra lines and spacing are ignored); throws on a malformed block. */
export function parseCheckpoints(text: string): Checkpoint[] {
  const blocks = text.split(TITLE).slice(1);
  return blocks.map((block, i) => {
    const field = (name: string): string => {
      const m = block.match(new RegExp(`^\\s*${name}:\\s*(.+?)\\s*$`, "m"));
      if (!m?.[1]) throw new Error(`điểm mốc thứ ${i + 1}: thiếu dòng "${name}:"`);
      return m[1];
    };
    const seq = Number(field("seq"));
    if (!Number.isInteger(seq) || seq < 0) throw new Error(`điểm mốc thứ ${i + 1}: "seq" không hợp lệ`);
    return {
      councilId: field("council"),
      council: block.match(/^\s*Cơ quan:\s*(.+?)\s*$/m)?.[1] ?? "",
      seq,
      head: field("head"),
      at: field("at"),
      fingerprint: field("key"),
      publicKey: field("public-key"),
      signature: field("signature"),
    };
  });
}

/** The public key a checkpoint names, if its signature over its facts holds under that key. */
export function checkSignature(c: Checkpoint): KeyObject | null {
  try {
    const publicKey = createPublicKey({
      key: Buffer.from(c.publicKey, "base64"),
      format: "der",
      type: "spki",
    });
    if (fingerprintOf(publicKey) !== c.fingerprint) return null;
    return verify(null, signedBytes(c), publicKey, Buffer.from(c.signature, "base64")) ? publicKey : null;
  } catch {
    return null;
  }
}
