import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { demoDataDirTar, migratedDataDirTar } from "../db/testing";

/**
 * Fills an empty data directory (THIDUA_DATA_DIR) from the run's templates (src/db/testing.ts) instead of
 * running initdb and the migrations (and the demo) again: "migrated" is what a first open leaves, "demo" what
 * a first `thidua serve` with the demo leaves.
 */
export async function writeDataDir(dataDir: string, content: "migrated" | "demo"): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(path.join(dataDir, "pg"), {
    loadDataDir: content === "demo" ? await demoDataDirTar() : await migratedDataDirTar(),
    extensions: { unaccent, pg_trgm },
  });
  await client.waitReady;
  await client.close();
}
