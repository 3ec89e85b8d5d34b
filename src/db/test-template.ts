import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "./open";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated, empty PGlite data directory (tar) that every test file's in-memory database starts from. */
    pgliteTemplate: string | null;
  }
}

/**
 * Vitest global setup: migrate one embedded database once and let each test file load its copy, instead of
 * every file running initdb and the migrations again (about 4 s of CPU each on PGlite). Nothing to do when
 * the tests run on PostgreSQL (TEST_DATABASE_URL), where each file gets its own database anyway.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("pgliteTemplate", null);
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), "thidua-test-template-"));
  const database = await openDatabase({ kind: "pglite" });
  const client = (database.db as unknown as { $client: { dumpDataDir: (c: "none") => Promise<Blob> } })
    .$client;
  const file = path.join(dir, "template.tar");
  await writeFile(file, Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer()));
  await database.close();
  project.provide("pgliteTemplate", file);
  return async () => rm(dir, { recursive: true, force: true });
}
