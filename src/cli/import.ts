import { readFile } from "node:fs/promises";
import { formatIssue, MSG } from "../core/scoring/index";
import { openDatabase, openOptionsFromEnv } from "../db/open";
import type { Db } from "../db/types";
import { systemActor } from "../modules/auth/actor";
import { importClusterYear } from "../modules/exchange/import-cluster-year";
import { listCouncils } from "../modules/exchange/lookups";
import { AppError } from "../server/errors";
import type { ScoreIo } from "./score";

/**
 * `thidua import FILE [--council CODE]`: imports a thidua.cluster-year/v1 file as the system, all or
 * nothing. Returns 0 and prints what was created; 2 with one located line per problem on stderr and
 * nothing written; 3 when the data directory is in use by another process.
 */
export async function runImport(
  filePath: string,
  io: ScoreIo,
  opts: { council?: string } = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let text: string;
  try {
    text = await readFile(filePath, "utf8");
  } catch (error) {
    io.stderr(MSG.cannotRead(filePath, (error as NodeJS.ErrnoException).code ?? String(error)));
    return 2;
  }
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase(openOptionsFromEnv(env));
  } catch (error) {
    return refused(error, io);
  }
  try {
    const council = await pickCouncil(database.db, opts.council);
    if (!council.ok) {
      io.stderr(council.message);
      return 2;
    }
    const r = await importClusterYear({
      db: database.db,
      actor: systemActor("cli"),
      councilId: council.id,
      text,
    });
    const lines = [
      `Đã nhập cụm ${r.cluster.code} năm ${r.cluster.year} vào ${council.name} (${council.code}):`,
      `  cụm thi đua: ${r.cluster.created ? "tạo mới" : "đã có"} (id ${r.clusterId})`,
      r.createdUnits.length > 0
        ? `  đơn vị tạo mới (hiệu lực từ 01/01/${r.cluster.year}): ${r.createdUnits.map((u) => u.code).join(", ")}`
        : "  đơn vị: đều đã có",
      `  giao ước: ${r.criteria} tiêu chí, ${r.pactStatus === "locked" ? "đã khóa" : "bản nháp"} (id ${r.pactId})`,
      `  kết quả: ${r.assessments} đơn vị đã công bố, ${r.inputs} giá trị`,
      ...r.notes.map((n) => `  lưu ý ${n.path}: ${n.message}`),
    ];
    io.stdout(lines.join("\n"));
    return 0;
  } catch (error) {
    return refused(error, io);
  } finally {
    await database.close();
  }
}

/** A refusal as the CLI prints it: one line per located problem. */
export function refused(error: unknown, io: ScoreIo): number {
  if (!(error instanceof AppError)) throw error;
  if (error.issues && error.issues.length > 0) {
    for (const issue of error.issues) io.stderr(formatIssue(issue));
  } else {
    io.stderr(error.message);
  }
  return error.code === "data_dir_locked" ? 3 : 2;
}

/** The council a CLI command works in: the one named by --council, or the only one there is. */
export async function pickCouncil(
  db: Db,
  code: string | undefined,
): Promise<{ ok: true; id: string; code: string; name: string } | { ok: false; message: string }> {
  const councils = await listCouncils(db);
  if (code !== undefined) {
    const found = councils.find((c) => c.code === code);
    return found
      ? { ok: true, ...found }
      : { ok: false, message: `Không có cơ quan mã "${code}" (--council).` };
  }
  if (councils.length === 1) return { ok: true, ...councils[0]! };
  if (councils.length === 0) {
    return { ok: false, message: "Chưa có cơ quan nào: hãy chạy `thidua admin create` trước." };
  }
  const list = councils
    .map((c) => c.code)
    .sort()
    .join(", ");
  return { ok: false, message: `Có ${councils.length} cơ quan (${list}): hãy chọn bằng --council CODE.` };
}
