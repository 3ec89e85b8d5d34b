// The PostgreSQL side of the benchmark: server version, and a dedicated database it creates and drops.

import pg from "pg";

/** The server's version string, or why it could not be reached. */
export async function postgresVersion(
  url: string,
): Promise<{ ok: true; version: string } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    return { ok: true, version: rows[0]?.version ?? "?" };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  } finally {
    await client.end().catch(() => {});
  }
}

/** The same server's URL for another database. */
export function urlForDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createDatabase(url: string, name: string): Promise<void> {
  await adminQuery(url, `CREATE DATABASE "${name}"`);
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

async function adminQuery(url: string, text: string): Promise<void> {
  if (!/^[a-z0-9_ "()A-Z]+$/.test(text)) throw new Error(`refusing unexpected admin SQL: ${text}`);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
