import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { AppError } from "../../server/errors";
import { acquireDataDirLock } from "../lock";

// The embedded database's own dump: PGlite writes its whole data directory as a tar.gz (dumpDataDir) and
// starts a new one from it (loadDataDir). Both hold the data-dir lock, so they run with the server stopped:
// PGlite has one process by construction, and the dump is then of a database nobody is writing.

const extensions = { unaccent, pg_trgm };
const pgDir = (dataDir: string) => path.join(dataDir, "pg");

/** Dumps the data directory's database to `file` (tar.gz). */
export async function pgliteBackup(dataDir: string, file: string): Promise<void> {
  if (!fs.existsSync(path.join(pgDir(dataDir), "PG_VERSION"))) {
    throw new AppError("not_found", 404, `Không có cơ sở dữ liệu trong ${path.resolve(dataDir)}.`);
  }
  const release = acquireDataDirLock(dataDir);
  try {
    const client = new PGlite(pgDir(dataDir), { extensions });
    try {
      await client.waitReady;
      const dump = await client.dumpDataDir("gzip");
      fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/** Starts a new data directory from a dump; refuses one that already holds a database. */
export async function pgliteRestore(file: string, dataDir: string): Promise<void> {
  const release = acquireDataDirLock(dataDir);
  try {
    if (fs.existsSync(pgDir(dataDir)) && fs.readdirSync(pgDir(dataDir)).length > 0) {
      throw new AppError(
        "conflict",
        409,
        `Thư mục dữ liệu ${path.resolve(dataDir)} đã có cơ sở dữ liệu: hãy phục hồi vào một thư mục mới (THIDUA_DATA_DIR), không ghi đè.`,
      );
    }
    try {
      const client = new PGlite(pgDir(dataDir), { extensions, loadDataDir: await fs.openAsBlob(file) });
      try {
        await client.waitReady;
        await client.query("select 1");
      } finally {
        await client.close();
      }
    } catch (err) {
      // It was empty before: leave no half-restored database behind.
      fs.rmSync(pgDir(dataDir), { recursive: true, force: true });
      throw err;
    }
  } finally {
    release();
  }
}
