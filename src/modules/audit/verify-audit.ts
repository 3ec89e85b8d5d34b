import { asc } from "drizzle-orm";
import { auditHeads, auditLog } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { expectedHash, GENESIS_HASH } from "./hash";

export type AuditVerification =
  | { ok: true; rows: number; councils: number }
  | {
      ok: false;
      rows: number;
      firstBad: { id: number; councilId: string; seq: number | null; reason: string };
    };

/** Walks every council's chain in order and names the first row whose hash or link does not match. */
export async function verifyAudit(db: DbOrTx): Promise<AuditVerification> {
  const rows = await db.select().from(auditLog).orderBy(asc(auditLog.councilId), asc(auditLog.seq));
  const lastHash = new Map<string, { hash: string; seq: number }>();
  let checked = 0;
  for (const row of rows) {
    checked++;
    const prev = lastHash.get(row.councilId) ?? { hash: GENESIS_HASH, seq: 0 };
    const bad = (reason: string) => ({
      ok: false as const,
      rows: checked,
      firstBad: { id: row.id, councilId: row.councilId, seq: row.seq, reason },
    });
    if (row.seq === null || row.prevHash === null || row.hash === null)
      return bad("bản ghi chưa được liên kết vào chuỗi (row not linked)");
    if (row.seq !== prev.seq + 1)
      return bad(`thiếu bản ghi trước số thứ tự ${row.seq} (missing row before seq ${row.seq})`);
    if (row.prevHash !== prev.hash)
      return bad("liên kết với bản ghi trước không khớp (previous-hash link mismatch)");
    const expected = expectedHash(prev.hash, {
      councilId: row.councilId,
      seq: row.seq,
      at: row.at,
      actorId: row.actorId,
      actorName: row.actorName,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
      digest: row.digest,
    });
    if (!expected.digestOk || expected.hash !== row.hash)
      return bad("nội dung đã bị sửa sau khi ghi (content does not match its hash)");
    lastHash.set(row.councilId, { hash: row.hash, seq: row.seq });
  }
  // A deleted tail leaves a valid chain: compare each chain's end with its head.
  for (const head of await db.select().from(auditHeads)) {
    const last = lastHash.get(head.councilId) ?? { hash: GENESIS_HASH, seq: 0 };
    if (last.seq !== head.lastSeq || last.hash !== head.lastHash) {
      return {
        ok: false,
        rows: checked,
        firstBad: {
          id: -1,
          councilId: head.councilId,
          seq: last.seq + 1,
          reason: `thiếu bản ghi cuối chuỗi, chuỗi dừng ở ${last.seq} thay vì ${head.lastSeq} (chain truncated)`,
        },
      };
    }
  }
  return { ok: true, rows: checked, councils: lastHash.size };
}
