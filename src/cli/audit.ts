import fs from "node:fs";
import { openDatabase, openOptionsFromEnv } from "../db/open";
import { auditKeyPath, readAuditKey } from "../modules/audit/audit-key";
import { formatCheckpoints, makeCheckpoints, parseCheckpoints } from "../modules/audit/checkpoint";
import { reconcilePublishedScores } from "../modules/audit/reconcile-scores";
import { verifyAudit } from "../modules/audit/verify-audit";
import { verifyCheckpoints } from "../modules/audit/verify-checkpoint";
import { AppError } from "../server/errors";

type Io = { stdout: (s: string) => void; stderr: (s: string) => void };

/** `thidua audit checkpoint`: signs each council's chain head now and prints the text to file away. */
export async function runAuditCheckpoint(
  o: { council?: string; out?: string },
  io: Io,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const options = openOptionsFromEnv(env);
  const file = auditKeyPath(env, options);
  const key = file ? readAuditKey(file) : null;
  if (!key) {
    throw new AppError(
      "audit_key",
      400,
      file
        ? `Chưa có khóa ký nhật ký ${file}: khóa được tạo khi chạy "thidua serve" lần đầu.`
        : "Hãy đặt THIDUA_AUDIT_KEY_FILE (tệp khóa ký nhật ký, dùng chung cho mọi tiến trình thidua).",
    );
  }
  const database = await openDatabase(options);
  try {
    const list = await makeCheckpoints(database.db, key, o.council);
    if (list.length === 0) throw new AppError("not_found", 404, "Không có nhật ký nào để ký.");
    const text = formatCheckpoints(list);
    if (o.out) fs.writeFileSync(o.out, text);
    io.stdout(text);
    return 0;
  } finally {
    await database.close();
  }
}

/** `thidua audit verify [--checkpoint FILE]`: the chain, the filed checkpoints, and published scores vs. the log. */
export async function runAuditVerify(
  o: { checkpoint?: string },
  io: Io,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const options = openOptionsFromEnv(env);
  const checkpoints = o.checkpoint ? parseCheckpoints(fs.readFileSync(o.checkpoint, "utf8")) : [];
  if (o.checkpoint && checkpoints.length === 0) {
    throw new AppError("validation", 400, `Tệp ${o.checkpoint} không chứa điểm mốc nhật ký nào.`);
  }
  const file = auditKeyPath(env, options);
  const database = await openDatabase(options);
  try {
    const problems: string[] = [];
    const notes: string[] = [];
    if (o.checkpoint) {
      const r = await verifyCheckpoints(database.db, checkpoints, file ? readAuditKey(file) : null);
      problems.push(...r.problems);
      notes.push(...r.notes);
    } else {
      const chain = await verifyAudit(database.db);
      if (!chain.ok) {
        const b = chain.firstBad;
        problems.push(
          `Nhật ký bị sửa: bản ghi id=${b.id}, cơ quan ${b.councilId}, số thứ tự ${b.seq}: ${b.reason}`,
        );
      } else
        notes.push(`Nhật ký toàn vẹn: ${chain.rows} bản ghi, ${chain.councils} chuỗi (audit log intact).`);
    }
    problems.push(...(await reconcilePublishedScores(database.db)));
    for (const n of notes) io.stdout(n);
    for (const p of problems) io.stderr(p);
    if (problems.length > 0) return 1;
    io.stdout("Điểm đã công bố khớp với nhật ký (published scores match the log).");
    return 0;
  } finally {
    await database.close();
  }
}
