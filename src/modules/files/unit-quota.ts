import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types";
import { AppError } from "../../server/errors";

/** THIDUA_UNIT_STORAGE_QUOTA_MB: files one unit may keep, over every kind it uploads (default 1024 MB). */
export function unitQuotaBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number.parseFloat(env.THIDUA_UNIT_STORAGE_QUOTA_MB ?? "");
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : 1024) * 1024 * 1024);
}

/**
 * The bytes of every file that belongs to the unit (a file attached twice counts twice): evidence of its
 * assessments, files of its reports, of its good practices, and evidence of its task progress reports.
 */
export async function unitUsedBytes(tx: DbOrTx, unitId: string): Promise<number> {
  const result = await tx.execute<{ used: string | number }>(sql`
    select coalesce(sum(b.size), 0)::bigint as used
    from files f
    join blobs b on b.sha256 = f.sha256
    where (f.entity = 'evidence' and exists (
             select 1 from assessments a where a.unit_id = ${unitId} and f.entity_id like a.id::text || ':%'))
       or (f.entity = 'report' and exists (
             select 1 from reports r where r.unit_id = ${unitId} and r.id::text = f.entity_id))
       or (f.entity = 'practice' and exists (
             select 1 from practices p where p.unit_id = ${unitId} and p.id::text = f.entity_id))
       or (f.entity = 'task_report' and exists (
             select 1 from task_reports t where t.unit_id = ${unitId} and t.id::text = f.entity_id))`);
  const rows = (result as unknown as { rows: { used: string | number }[] }).rows;
  return Number(rows[0]?.used ?? 0);
}

const amount = (n: number) =>
  n < 1024 * 1024
    ? `${Math.round(n / 1024).toLocaleString("vi-VN")} KB`
    : `${(n / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`;

/**
 * 413 when `adding` more bytes would take the unit past its quota (with `adding` 0: when it is already
 * full, so an upload is refused before its body is read). The message names the quota and the space used.
 */
export async function assertWithinQuota(tx: DbOrTx, unitId: string, adding: number): Promise<void> {
  const quota = unitQuotaBytes();
  const used = await unitUsedBytes(tx, unitId);
  if (adding === 0 ? used < quota : used + adding <= quota) return;
  const need = adding > 0 ? `; tệp này cần ${amount(adding)}` : "";
  const message = `Đơn vị đã dùng ${amount(used)} trong hạn mức lưu trữ ${amount(quota)} (minh chứng, tệp báo cáo, mô hình và báo cáo nhiệm vụ)${need}. Hãy xóa bớt tệp cũ hoặc đề nghị quản trị tăng hạn mức.`;
  throw new AppError("quota_exceeded", 413, message, [{ path: "file", message }]);
}
