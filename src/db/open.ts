import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { repoRoot } from "../repo-root";
import { acquireDataDirLock } from "./lock";
import { pgliteBytea } from "./pglite-bytea";
import * as schema from "./schema";
import type { Db } from "./types";
import { markSingleWriter } from "./write-generation";

export const migrationsFolder = path.join(repoRoot, "src", "db", "migrations");

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
};

export type OpenOptions =
  | { kind: "pglite"; dataDir?: string; migrate?: boolean; loadDataDir?: Blob }
  | { kind: "postgres"; url: string; migrate?: boolean; max?: number };

/** Opens the embedded PGlite (file-backed with a lock, or in memory) or a PostgreSQL pool, and migrates. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.max ?? 10 });
    // An idle client killed by the server (restart, DROP DATABASE … FORCE in tests) must not crash the process.
    pool.on("error", (err) =>
      console.error("PostgreSQL: lỗi ở kết nối rảnh (idle client error)", err.message),
    );
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    if (opts.migrate !== false) await migratePg(drizzlePg({ client: pool, schema }), { migrationsFolder });
    return { db, kind: "postgres", close: () => pool.end() };
  }
  const release = opts.dataDir ? acquireDataDirLock(opts.dataDir) : () => {};
  try {
    // Search (unaccent, pg_trgm) needs the contrib extensions loaded into the WASM build.
    const extensions = { unaccent, pg_trgm };
    const client = opts.dataDir
      ? new PGlite(path.join(opts.dataDir, "pg"), { extensions, ...pgliteBytea })
      : new PGlite({ extensions, ...pgliteBytea, loadDataDir: opts.loadDataDir });
    await client.waitReady;
    const d = drizzlePglite({ client, schema });
    if (opts.migrate !== false) await migratePglite(d, { migrationsFolder });
    markSingleWriter(d as unknown as Db);
    return {
      db: d as unknown as Db,
      kind: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/** Reads DATABASE_URL / THIDUA_DATA_DIR from the environment. */
export function openOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenOptions {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: env.THIDUA_DATA_DIR ?? path.resolve("data") };
}
