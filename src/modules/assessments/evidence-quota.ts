import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types";
import { AppError } from "../../server/errors";

/** THIDUA_UNIT_STORAGE_QUOTA_MB: evidence one unit may keep, over all its assessments (default 1024 MB). */
export function unitQuotaBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number.parseFloat(env.THIDUA_UNIT_STORAGE_QUOTA_MB ?? "");
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : 1024) * 1024 * 1024);
}

/** The bytes of every evidence file attached to the unit's assessments (a file attached twice counts twice). */
async function usedBytes(tx: DbOrTx, unitId: string): Promise<number> {
  const result = await tx.execute<{ used: string | number }>(sql`
    select coalesce(sum(b.size), 0)::bigint as used
    from files f
    join blobs b on b.sha256 = f.sha256
    join assessments a on f.entity_id like a.id::text || ':%'
    where f.entity = 'evidence' and a.unit_id = ${unitId}`);
  const rows = (result as unknown as { rows: { used: string | number }[] }).rows;
  return Number(rows[0]?.used ?? 0);
}

/** 413 when `adding` more bytes would take the unit past its quota; the message says how much is left. */
export async function assertWithinQuota(tx: DbOrTx, unitId: string, adding: number): Promise<void> {
  const quota = unitQuotaBytes();
  const used = await usedBytes(tx, unitId);
  if (used + adding <= quota) return;
  const mb = (n: number) => (n / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
  const message = `Đơn vị đã dùng ${mb(used)} MB trong hạn mức ${mb(quota)} MB cho minh chứng; tệp này cần ${mb(adding)} MB. Hãy xóa bớt minh chứng cũ hoặc đề nghị quản trị tăng hạn mức.`;
  throw new AppError("quota_exceeded", 413, message, [{ path: "file", message }]);
}
