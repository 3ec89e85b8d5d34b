import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { isEmptyDatabase, isLogicalBackup, logicalBackup, logicalRestore } from "../db/backup/logical";
import { pgDump, pgRestore, pgToolsAvailable } from "../db/backup/pg-tools";
import { pgliteBackup, pgliteRestore } from "../db/backup/pglite-backup";
import { openDatabase, openOptionsFromEnv } from "../db/open";
import { AppError } from "../server/errors";
import { refused } from "./import";
import type { ScoreIo } from "./score";

type Kind = "pglite" | "pg_dump" | "logical";
const LABEL: Record<Kind, string> = {
  pglite: "bản sao thư mục dữ liệu PGlite (dumpDataDir)",
  pg_dump: "pg_dump, định dạng custom",
  logical: "bản xuất logic thidua.backup/v1",
};
const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 });

/**
 * `thidua backup FILE [--logical]`: the whole database into FILE. The embedded database is dumped with the
 * server stopped (its lock); PostgreSQL with pg_dump when installed (a consistent snapshot while the server
 * runs), else, or with --logical, as thidua's own logical export. FILE appears only once complete.
 * Returns 0; 2 on a refusal; 3 when the data directory is in use.
 */
export async function runBackup(
  file: string,
  io: ScoreIo,
  opts: { logical?: boolean } = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const options = openOptionsFromEnv(env);
  const partial = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.partial`);
  let kind: Kind;
  try {
    if (options.kind === "pglite") {
      kind = "pglite";
      await pgliteBackup(options.dataDir ?? "data", partial);
    } else if (!opts.logical && pgToolsAvailable(env)) {
      kind = "pg_dump";
      await pgDump(options.url, partial, env);
    } else {
      kind = "logical";
      const database = await openDatabase({ ...options, migrate: false, max: 1 });
      try {
        await logicalBackup(database.db, partial);
      } finally {
        await database.close();
      }
    }
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    return refused(error, io);
  }
  io.stdout(`Đã sao lưu vào ${file} (${mb(fs.statSync(file).size)} MB, ${LABEL[kind]}).`);
  return 0;
}

async function kindOf(file: string): Promise<Kind | null> {
  const fd = fs.openSync(file, "r");
  const head = Buffer.alloc(5);
  try {
    fs.readSync(fd, head, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString("latin1") === "PGDMP") return "pg_dump";
  if (head[0] !== 0x1f || head[1] !== 0x8b) return null;
  return (await isLogicalBackup(file)) ? "logical" : "pglite";
}

/**
 * `thidua restore FILE`: loads a backup into an empty target (THIDUA_DATA_DIR or DATABASE_URL), never over
 * an existing database, then applies the migrations of this version. Returns 0; 2 on a refusal (wrong kind
 * of file for this database, target not empty); 3 when the data directory is in use.
 */
export async function runRestore(
  file: string,
  io: ScoreIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const options = openOptionsFromEnv(env);
  try {
    if (!fs.existsSync(file)) throw new AppError("not_found", 404, `Không có tệp ${file}.`);
    const kind = await kindOf(file);
    if (kind === null) throw new AppError("validation", 400, `${file} không phải bản sao lưu thidua.`);
    if (options.kind === "pglite") {
      if (kind !== "pglite") throw wrongKind(file, kind, "PostgreSQL (DATABASE_URL)");
      await pgliteRestore(file, options.dataDir ?? "data");
      await (await openDatabase(options)).close();
    } else if (kind === "pglite") {
      throw wrongKind(file, kind, "cơ sở dữ liệu nhúng (THIDUA_DATA_DIR, không đặt DATABASE_URL)");
    } else if (kind === "pg_dump") {
      if (!pgToolsAvailable(env))
        throw new AppError("validation", 400, "Cần pg_restore (gói postgresql-client).");
      const database = await openDatabase({ ...options, migrate: false, max: 1 });
      try {
        if (!(await hasNoTables(database))) throw notEmpty();
      } finally {
        await database.close();
      }
      await pgRestore(file, options.url, env);
      await (await openDatabase({ ...options, max: 1 })).close();
    } else {
      const database = await openDatabase({ ...options, max: 1 });
      try {
        if (!(await isEmptyDatabase(database.db))) throw notEmpty();
        await logicalRestore(database.db, file);
      } finally {
        await database.close();
      }
    }
    io.stdout(`Đã phục hồi từ ${file} (${LABEL[kind]}).`);
    return 0;
  } catch (error) {
    return refused(error, io);
  }
}

const wrongKind = (file: string, kind: Kind, target: string) =>
  new AppError("validation", 400, `${file} là ${LABEL[kind]}: hãy phục hồi vào ${target}.`);
const notEmpty = () =>
  new AppError(
    "conflict",
    409,
    "Cơ sở dữ liệu đích đã có dữ liệu: hãy phục hồi vào một cơ sở dữ liệu mới, trống (không ghi đè).",
  );

async function hasNoTables(database: Awaited<ReturnType<typeof openDatabase>>): Promise<boolean> {
  const result = (await database.db.execute(
    sql`select count(*)::int as n from pg_tables where schemaname in ('public', 'drizzle')`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n === 0;
}
