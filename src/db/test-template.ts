import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { adminStatement } from "./admin-statement";
import { openDatabase } from "./open";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated, empty PGlite data directory (tar) that every test file's in-memory database starts from. */
    pgliteTemplate: string | null;
    /** On PostgreSQL (TEST_DATABASE_URL): a migrated, empty database each test file's database is copied from. */
    postgresTemplate: string | null;
    /** A directory where the first test file that needs the demo builds it once for the run (src/db/testing.ts). */
    demoTemplateDir: string;
  }
}

/**
 * Vitest global setup: migrate one database once and let each test file start from a copy of it, instead of
 * every file running the migrations again (on PGlite also initdb: about 4 s of CPU each). On PGlite the copy is
 * a data-directory tar loaded into memory; on PostgreSQL (TEST_DATABASE_URL) a `CREATE DATABASE … TEMPLATE`.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), "thidua-test-template-"));
  project.provide("demoTemplateDir", dir);
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `thidua_template_${randomBytes(6).toString("hex")}`;
    await adminStatement(url, `CREATE DATABASE ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await openDatabase({ kind: "postgres", url: target.toString(), max: 1 });
    await database.close();
    project.provide("pgliteTemplate", null);
    project.provide("postgresTemplate", name);
    return async () => {
      // The demo's template database, if a test file built one (its name is in the directory).
      const demo = await readFile(path.join(dir, "demo.pg"), "utf8").catch(() => null);
      for (const db of [name, demo])
        if (db) await adminStatement(url, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await rm(dir, { recursive: true, force: true });
    };
  }
  const database = await openDatabase({ kind: "pglite" });
  const client = (database.db as unknown as { $client: { dumpDataDir: (c: "none") => Promise<Blob> } })
    .$client;
  const file = path.join(dir, "template.tar");
  await writeFile(file, Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer()));
  await database.close();
  project.provide("pgliteTemplate", file);
  project.provide("postgresTemplate", null);
  return async () => rm(dir, { recursive: true, force: true });
}
