import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { open, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { inject } from "vitest";
import { adminStatement } from "./admin-statement";
import { type Database, openDatabase } from "./open";

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a throwaway database
 * on the PostgreSQL server named by TEST_DATABASE_URL (as in CI). Dropped on close.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return openDatabase({ kind: "pglite", loadDataDir: await templateDataDir() });
  return openPostgresCopy(url, providedTemplate("postgresTemplate"));
}

/**
 * A fresh database holding the demo (src/demo/create-demo.ts), as `openTestDatabase()` followed by
 * `createDemo()` gives, without building the demo in every file: the first file of the run that asks builds
 * it once (tens of seconds on PGlite) and every file, that one included, gets its own copy.
 */
export async function openDemoTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openPostgresCopy(url, await demoTemplate("demo.pg", () => buildPostgresDemo(url)));
  const file = await demoTemplate("demo.tar", buildPgliteDemo);
  return openDatabase({ kind: "pglite", loadDataDir: new Blob([await readFile(file)]) });
}

/** The PGlite demo as a data-directory tar (for a server's data dir: src/test-support/data-dir.ts). */
export async function demoDataDirTar(): Promise<Blob> {
  return new Blob([await readFile(await demoTemplate("demo.tar", buildPgliteDemo))]);
}

/** The migrated, empty PGlite data directory as a tar, in either pass (for src/test-support/data-dir.ts). */
export async function migratedDataDirTar(): Promise<Blob> {
  const template = await templateDataDir();
  if (template) return template;
  // The PostgreSQL pass has no PGlite template: migrate one here.
  const database = await openDatabase({ kind: "pglite" });
  try {
    return await dumpPglite(database);
  } finally {
    await database.close();
  }
}

async function dumpPglite(database: Database): Promise<Blob> {
  const client = (database.db as unknown as { $client: { dumpDataDir: (c: "none") => Promise<Blob> } })
    .$client;
  return client.dumpDataDir("none");
}

/** The migrated data directory the global setup prepared (src/db/test-template.ts), if any. */
async function templateDataDir(): Promise<Blob | undefined> {
  const file = providedTemplate("pgliteTemplate");
  return file ? new Blob([await readFile(file)]) : undefined;
}

/** A template from the global setup; none outside Vitest (bench/upload-memory.ts opens a test database too). */
function providedTemplate(key: "pgliteTemplate" | "postgresTemplate"): string | null {
  try {
    return inject(key);
  } catch {
    return null;
  }
}

async function openPostgresCopy(url: string, template: string | null): Promise<Database> {
  const name = `thidua_test_${randomBytes(6).toString("hex")}`;
  await adminStatement(
    url,
    template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`,
  );
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgres", url: testUrl.toString(), max: 4 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminStatement(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * The demo's template for this run, built by whichever test file (worker) takes the lock first; the others
 * wait for it. `name` is a file in the run's directory: the PGlite tar, or the PostgreSQL template's name.
 * A builder that fails gives the lock back, so the next file tries again (and reports its own error).
 */
async function demoTemplate(name: string, build: () => Promise<Buffer>): Promise<string> {
  const dir = inject("demoTemplateDir");
  const file = path.join(dir, name);
  const lock = path.join(dir, `${name}.lock`);
  for (;;) {
    if (existsSync(file)) return name.endsWith(".pg") ? readFile(file, "utf8") : file;
    const held = await open(lock, "wx").catch(() => null);
    if (!held) {
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    await held.close();
    try {
      await writeFile(`${file}.part`, await build());
      await rename(`${file}.part`, file);
    } catch (error) {
      await rm(lock, { force: true });
      throw error;
    }
  }
}

async function buildPgliteDemo(): Promise<Buffer> {
  const { createDemo } = await import("../demo/create-demo");
  // PGlite even in the PostgreSQL pass: the tar also seeds servers' data dirs (src/test-support/data-dir.ts).
  const database = await openDatabase({ kind: "pglite", loadDataDir: await templateDataDir() });
  try {
    await createDemo(database.db);
    return Buffer.from(await (await dumpPglite(database)).arrayBuffer());
  } finally {
    await database.close();
  }
}

/** A PostgreSQL database holding the demo, closed so that it can serve as a template; returns its name. */
async function buildPostgresDemo(url: string): Promise<Buffer> {
  const { createDemo } = await import("../demo/create-demo");
  const name = `thidua_demo_${randomBytes(6).toString("hex")}`;
  const template = providedTemplate("postgresTemplate");
  await adminStatement(
    url,
    template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`,
  );
  const demoUrl = new URL(url);
  demoUrl.pathname = `/${name}`;
  try {
    const database = await openDatabase({ kind: "postgres", url: demoUrl.toString(), max: 4 });
    try {
      await createDemo(database.db);
    } finally {
      await database.close();
    }
  } catch (error) {
    await adminStatement(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw error;
  }
  return Buffer.from(name);
}
