import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../db/open";
import { clusters } from "../db/schema";
import { openTestDatabase } from "../db/testing";
import type { Db } from "../db/types";
import { createDemoIfEmpty } from "../demo/create-demo";
import { attachEvidence } from "../modules/assessments/attach-evidence";
import { fillSelf, PDF, setUpCluster } from "../modules/assessments/test-fixtures";
import { systemActor } from "../modules/auth/actor";
import { exportClusterYear } from "../modules/exchange/export-cluster-year";
import { uploadOf } from "../modules/files/put-blob";
import { writeDataDir } from "../test-support/data-dir";
import { runAuditVerify } from "./audit";
import { runBackup, runRestore } from "./backup";

// `thidua backup` then `thidua restore` into a fresh target gives the same database: every cluster's JSON
// export, the audit verification's output, and every table's rows and sequences, byte for byte. The
// source is the demo plus a unit's evidence file (bytes in the database). On the embedded database (no
// TEST_DATABASE_URL) the PGlite dump; on PostgreSQL pg_dump / pg_restore and the logical export.

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "thidua-backup-")));
let source: Database;
let sourceEnv: NodeJS.ProcessEnv;
const madeDatabases: string[] = [];

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
};

async function fill(db: Db) {
  await createDemoIfEmpty(db);
  const s = await setUpCluster(db);
  const at = { db, actor: s.editors[1]!.actor, clusterId: s.cluster.id, unitId: s.units[1]!.id };
  await fillSelf(db, at.actor, at.clusterId, at.unitId);
  await attachEvidence({ ...at, criterionCode: "I.2", file: await uploadOf("Báo cáo.pdf", PDF) });
}

const rows = async <T>(db: Db, query: ReturnType<typeof sql>) =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/** What a restore must give back: exports, every table's rows (digest), the sequences. */
async function snapshot(db: Db) {
  const exports: Record<string, string> = {};
  for (const c of await db.select({ id: clusters.id }).from(clusters).orderBy(asc(clusters.id))) {
    exports[c.id] = (await exportClusterYear({ db, actor: systemActor("cli"), clusterId: c.id })).text;
  }
  const tables: Record<string, string> = {};
  const names = await rows<{ name: string }>(
    db,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`,
  );
  for (const { name } of names) {
    const [d] = await rows<{ n: number; md5: string | null }>(
      db,
      sql.raw(
        `select count(*)::int as n, md5(string_agg(x, E'\\n' order by x)) as md5 from (select row_to_json(t)::text as x from "${name}" t) s`,
      ),
    );
    tables[name] = `${d?.n}:${d?.md5}`;
  }
  const sequences = await rows(
    db,
    sql`select sequencename, last_value::text from pg_sequences where schemaname = 'public' order by 1`,
  );
  return { exports, tables, sequences };
}

async function verifyOutput(env: NodeJS.ProcessEnv) {
  const c = capture();
  const code = await runAuditVerify({}, c.io, env);
  return { code, out: c.out, err: c.err };
}

/** A new, empty PostgreSQL database on the test server; dropped at the end. */
async function freshPostgres(): Promise<string> {
  const url = process.env.TEST_DATABASE_URL ?? "";
  const name = `thidua_restore_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  madeDatabases.push(name);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

let expected: Awaited<ReturnType<typeof snapshot>>;
let expectedVerify: Awaited<ReturnType<typeof verifyOutput>>;

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) {
    source = await openTestDatabase();
    const [r] = await rows<{ name: string }>(source.db, sql`select current_database() as name`);
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${r?.name}`;
    sourceEnv = { DATABASE_URL: url.toString() };
    await fill(source.db);
    expected = await snapshot(source.db);
  } else {
    const dataDir = path.join(root, "source");
    sourceEnv = { THIDUA_DATA_DIR: dataDir };
    await writeDataDir(dataDir, "migrated"); // the run's migrated template, not initdb and migrations again
    source = await openDatabase({ kind: "pglite", dataDir });
    await fill(source.db);
    expected = await snapshot(source.db);
    // The embedded database is backed up with the server stopped: it holds the data-dir lock.
    await source.close();
  }
  expectedVerify = await verifyOutput(sourceEnv);
}, 300_000);

afterAll(async () => {
  if (process.env.TEST_DATABASE_URL) await source?.close();
  const url = process.env.TEST_DATABASE_URL;
  if (url && madeDatabases.length > 0) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    for (const name of madeDatabases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
  fs.rmSync(root, { recursive: true, force: true });
});

async function restoredMatches(file: string, targetEnv: NodeJS.ProcessEnv, open: () => Promise<Database>) {
  const restored = capture();
  expect(await runRestore(file, restored.io, targetEnv)).toBe(0);
  expect(restored.err).toEqual([]);
  expect(await verifyOutput(targetEnv)).toEqual(expectedVerify);
  const target = await open();
  try {
    const got = await snapshot(target.db);
    expect(Object.keys(got.exports)).toHaveLength(Object.keys(expected.exports).length);
    expect(got.exports).toEqual(expected.exports);
    expect(got.tables).toEqual(expected.tables);
    expect(got.sequences).toEqual(expected.sequences);
  } finally {
    await target.close();
  }
  const again = capture();
  expect(await runRestore(file, again.io, targetEnv)).toBe(2);
  expect(again.err.join("\n")).toMatch(/đã có (cơ sở )?dữ liệu/);
}

describe("thidua backup and thidua restore", () => {
  it("the source has what a restore must keep: published clusters, an audit trail, file bytes", () => {
    expect(expectedVerify.code).toBe(0);
    expect(expectedVerify.out[0]).toMatch(/^Nhật ký toàn vẹn: \d+ bản ghi/);
    expect(Object.values(expected.exports).some((text) => text.includes('"scores"'))).toBe(true);
    expect(Number(expected.tables.blobs?.split(":")[0])).toBeGreaterThan(0);
    expect(Number(expected.tables.blob_chunks?.split(":")[0])).toBeGreaterThan(0);
  });

  if (!process.env.TEST_DATABASE_URL) {
    it("restores the embedded database's dump into a fresh data directory, identical", async () => {
      const file = path.join(root, "thidua.backup");
      const made = capture();
      expect(await runBackup(file, made.io, {}, sourceEnv)).toBe(0);
      expect(made.out[0]).toMatch(/^Đã sao lưu vào .+ \(.+ MB, bản sao thư mục dữ liệu PGlite/);
      const dataDir = path.join(root, "restored");
      await restoredMatches(file, { THIDUA_DATA_DIR: dataDir }, () =>
        openDatabase({ kind: "pglite", dataDir, migrate: false }),
      );
    }, 300_000);
  } else {
    for (const logical of [false, true]) {
      it(`restores ${logical ? "the logical export" : "pg_dump's file"} into a fresh PostgreSQL database, identical`, async () => {
        const file = path.join(root, logical ? "logical.backup" : "pg_dump.backup");
        const made = capture();
        expect(await runBackup(file, made.io, { logical }, sourceEnv)).toBe(0);
        expect(made.out[0]).toContain(logical ? "thidua.backup/v1" : "pg_dump");
        const url = await freshPostgres();
        await restoredMatches(file, { DATABASE_URL: url }, () =>
          openDatabase({ kind: "postgres", url, migrate: false, max: 1 }),
        );
        const intoEmbedded = capture();
        const elsewhere = { THIDUA_DATA_DIR: path.join(root, "never") };
        expect(await runRestore(file, intoEmbedded.io, elsewhere)).toBe(2);
        expect(intoEmbedded.err[0]).toContain("hãy phục hồi vào PostgreSQL");
      }, 300_000);
    }
  }
});
