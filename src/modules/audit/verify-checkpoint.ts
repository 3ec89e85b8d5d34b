import { and, eq } from "drizzle-orm";
import { auditLog } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import type { AuditKey } from "./audit-key";
import { type Checkpoint, checkSignature } from "./checkpoint";
import { verifyAudit } from "./verify-audit";

export type CheckpointVerification = { problems: string[]; notes: string[] };

/**
 * Proves the log still extends each filed checkpoint: the signature holds (and is this installation's
 * key, when the key file is at hand), the whole chain recomputes from its start, and the entry at the
 * checkpoint's number still has the checkpoint's hash. Re-hashing every row after an edit, or deleting
 * the tail and moving audit_heads back, cannot keep that hash without the signing key.
 */
export async function verifyCheckpoints(
  db: DbOrTx,
  checkpoints: Checkpoint[],
  installationKey: AuditKey | null,
): Promise<CheckpointVerification> {
  const problems: string[] = [];
  const notes: string[] = [];
  const chain = await verifyAudit(db);
  if (!chain.ok) {
    const b = chain.firstBad;
    problems.push(`Chuỗi nhật ký hỏng tại cơ quan ${b.councilId}, số thứ tự ${b.seq}: ${b.reason}`);
  }
  if (!installationKey)
    notes.push(
      "Không có tệp khóa của cài đặt này: chỉ kiểm tra chữ ký theo khóa công khai ghi trên điểm mốc; hãy đối chiếu dấu vân tay khóa với bản đã lưu.",
    );
  for (const c of checkpoints) {
    const where = `Điểm mốc ${c.council || c.councilId} số ${c.seq}`;
    if (!checkSignature(c)) {
      problems.push(`${where}: chữ ký không hợp lệ (điểm mốc bị sửa hoặc giả).`);
      continue;
    }
    if (installationKey && installationKey.fingerprint !== c.fingerprint) {
      problems.push(
        `${where}: ký bằng khóa ${c.fingerprint}, không phải khóa của cài đặt này (${installationKey.fingerprint}).`,
      );
      continue;
    }
    if (c.seq === 0) continue;
    const [row] = await db
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .where(and(eq(auditLog.councilId, c.councilId), eq(auditLog.seq, c.seq)));
    if (!row) {
      problems.push(`${where}: nhật ký không còn bản ghi số ${c.seq} — phần cuối nhật ký đã bị xóa.`);
    } else if (row.hash !== c.head) {
      problems.push(
        `${where}: bản ghi số ${c.seq} có mã băm khác điểm mốc — nhật ký đã bị sửa ở một bản ghi đến số ${c.seq} rồi băm lại.`,
      );
    } else {
      notes.push(`${where}: nhật ký vẫn nối tiếp điểm mốc (${c.at}).`);
    }
  }
  return { problems, notes };
}
