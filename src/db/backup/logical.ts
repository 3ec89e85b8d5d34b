import { once } from "node:events";
import fs from "node:fs";
import readline from "node:readline";
import zlib from "node:zlib";
import { type SQL, sql } from "drizzle-orm";
import { AppError } from "../../server/errors";
import type { Db, DbOrTx } from "../types";

// A logical backup for a PostgreSQL without pg_dump: every row of every table of the public schema as JSON
// (row_to_json, bytea as hex), read in one REPEATABLE READ snapshot through cursors, gzipped, one line per
// batch. Restore needs the same thidua version (the same migrations): it migrates the empty database, then
// loads tables parents first with json_populate_recordset, then sets the sequences. Generated columns are
// left out and recomputed.

export const LOGICAL_FORMAT = "thidua.backup/v1";

type Header = {
  format: typeof LOGICAL_FORMAT;
  migrations: string[];
  tables: { name: string; columns: string[] }[];
  sequences: { name: string; value: string | null }[];
};

const rowsOf = async <T>(db: DbOrTx, query: SQL) =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;
const ident = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`);

async function migrationsOf(db: DbOrTx): Promise<string[]> {
  const rows = await rowsOf<{ hash: string }>(
    db,
    sql`select hash from drizzle.__drizzle_migrations order by id`,
  );
  return rows.map((r) => r.hash);
}

/** Tables of the public schema, parents before children, each with its stored (not generated) columns. */
async function tablesOf(db: DbOrTx): Promise<Header["tables"]> {
  const columns = await rowsOf<{ table_name: string; column_name: string; bytea: boolean }>(
    db,
    sql`select c.table_name, c.column_name from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
        order by c.table_name, c.ordinal_position`,
  );
  const edges = await rowsOf<{ child: string; parent: string }>(
    db,
    sql`select conrelid::regclass::text as child, confrelid::regclass::text as parent from pg_constraint
        where contype = 'f' and connamespace = 'public'::regnamespace`,
  );
  const byTable = new Map<string, string[]>();
  for (const c of columns) byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), c.column_name]);
  const strip = (name: string) => name.replace(/^"|"$/g, "");
  const parents = new Map<string, Set<string>>();
  for (const e of edges) {
    const [child, parent] = [strip(e.child), strip(e.parent)];
    if (child !== parent) parents.set(child, (parents.get(child) ?? new Set()).add(parent));
  }
  const order: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (order.includes(name) || path.has(name)) return;
    path.add(name);
    for (const p of parents.get(name) ?? []) if (byTable.has(p)) visit(p, path);
    order.push(name);
  };
  for (const name of [...byTable.keys()].sort()) visit(name, new Set());
  return order.map((name) => ({ name, columns: byTable.get(name) ?? [] }));
}

async function write(out: NodeJS.WritableStream, text: string) {
  if (!out.write(text)) await once(out, "drain");
}

/** Writes the whole database to `file` in one consistent snapshot. */
export async function logicalBackup(db: Db, file: string): Promise<void> {
  const gzip = zlib.createGzip();
  const sink = fs.createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    sink.on("finish", resolve).on("error", reject);
    gzip.on("error", reject);
  });
  gzip.pipe(sink);
  await db.transaction(
    async (tx) => {
      const sequences = await rowsOf<{ name: string; value: string | null }>(
        tx,
        sql`select sequencename as name, last_value::text as value from pg_sequences where schemaname = 'public'`,
      );
      const tables = await tablesOf(tx);
      const header: Header = {
        format: LOGICAL_FORMAT,
        migrations: await migrationsOf(tx),
        tables,
        sequences,
      };
      await write(gzip, `${JSON.stringify(header)}\n`);
      for (const t of tables) {
        const cols = sql.raw(t.columns.map((c) => `"${c.replaceAll('"', '""')}"`).join(", "));
        await tx.execute(
          sql`declare thidua_backup no scroll cursor for select row_to_json(r)::text as j from (select ${cols} from ${ident(t.name)}) r`,
        );
        // Rows with file bytes can be megabytes each: fetch those one by one.
        const batch = t.name === "blob_chunks" || t.name === "blobs" ? 1 : 500;
        for (;;) {
          const rows = await rowsOf<{ j: string }>(tx, sql.raw(`fetch ${batch} from thidua_backup`));
          if (rows.length === 0) break;
          await write(
            gzip,
            `{"table":${JSON.stringify(t.name)},"rows":[${rows.map((r) => r.j).join(",")}]}\n`,
          );
        }
        await tx.execute(sql`close thidua_backup`);
      }
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  gzip.end();
  await done;
}

/** Whether `file` starts like a logical backup (gzip, then our header). */
export async function isLogicalBackup(file: string): Promise<boolean> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  try {
    for await (const chunk of input) {
      return (chunk as Buffer).subarray(0, 40).toString("utf8").includes(`"format":"${LOGICAL_FORMAT}"`);
    }
    return false;
  } catch {
    return false;
  } finally {
    input.destroy();
  }
}

/** Loads a logical backup into a freshly migrated, empty database of the same thidua version, all or nothing. */
export async function logicalRestore(db: Db, file: string): Promise<void> {
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = JSON.parse(first.done ? "{}" : first.value) as Header;
  if (header.format !== LOGICAL_FORMAT)
    throw new AppError("validation", 400, "Tệp không phải bản sao lưu thidua.");
  const here = await migrationsOf(db);
  if (JSON.stringify(here) !== JSON.stringify(header.migrations)) {
    throw new AppError(
      "validation",
      400,
      `Bản sao lưu được tạo với ${header.migrations.length} bản cập nhật cấu trúc, cơ sở dữ liệu này có ${here.length}: hãy phục hồi bằng đúng phiên bản thidua đã sao lưu.`,
    );
  }
  const columns = new Map(header.tables.map((t) => [t.name, t.columns]));
  await db.transaction(async (tx) => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      if (next.value === "") continue;
      const { table, rows } = JSON.parse(next.value) as { table: string; rows: unknown[] };
      const cols = sql.raw((columns.get(table) ?? []).map((c) => `"${c.replaceAll('"', '""')}"`).join(", "));
      // Triggers of the migrated schema (the search lexicon) may already have added a row: the same row.
      await tx.execute(
        sql`insert into ${ident(table)} (${cols}) overriding system value select ${cols} from json_populate_recordset(null::${ident(table)}, ${JSON.stringify(rows)}::json) on conflict do nothing`,
      );
    }
    for (const s of header.sequences) {
      const name = `public."${s.name.replaceAll('"', '""')}"`;
      if (s.value !== null) await tx.execute(sql`select setval(${name}::regclass, ${s.value}::bigint, true)`);
    }
  });
}

/** Whether the database holds no thidua rows yet (the migrations create none). */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  for (const t of await tablesOf(db)) {
    const [row] = await rowsOf<{ any: boolean }>(
      db,
      sql`select exists (select 1 from ${ident(t.name)}) as any`,
    );
    if (row?.any) return false;
  }
  return true;
}
