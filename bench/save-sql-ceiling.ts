// The ceiling for score saves on PostgreSQL: the very statements one save sends (the session read, BEGIN,
// the context read with its locks, the input's write, the audit row, COMMIT), recorded from the app and
// replayed with the pg driver alone, 50 connections, each one writer on its own criterion with the right
// versions, as fast as they go. No HTTP, Hono, Zod, Drizzle or JSON: what this machine allows at all.
// `BENCH_DATABASE_URL=postgres://… npx tsx bench/save-sql-ceiling.ts [seconds=10] [--prepared]`
// (--prepared: each statement a named prepared statement, so PostgreSQL parses and plans it once per connection).

import pg from "pg";
import { type HttpServer, startHttpServer } from "./http-setup";
import { loadAverage } from "./machine";
import { watchPgQueries } from "./sql-counter";
import { distribution, int, ms } from "./stats";

type Sent = { text: string; values: unknown[] | undefined; rowMode: string | undefined };
/** One statement of a save; `step` says which parameters are a version (they move by one per save). */
type Template = Sent & { step: boolean[] };

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error("BENCH_DATABASE_URL is required (a PostgreSQL server)");
const seconds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10);
const prepared = process.argv.includes("--prepared");
const CONNECTIONS = 50;
/** Wall time spent in each statement of a save (waits for locks included), summed over the measured saves. */
const perStatement: number[] = [];
const warmUp: number[] = [];

const server = await startHttpServer(undefined, { kind: "postgres", url });
try {
  const writers = await recordWriters(server);
  console.log(
    `one save: ${writers[0]!.templates.length} statements\n` +
      writers[0]!.templates.map((t) => `   ${t.text.replace(/\s+/g, " ").slice(0, 100)}`).join("\n"),
  );
  const dbUrl = (server.database.db as unknown as { $client: pg.Pool }).$client.options.connectionString;
  const pool = new pg.Pool({ connectionString: dbUrl, max: CONNECTIONS });
  const clients = await Promise.all(Array.from({ length: CONNECTIONS }, () => pool.connect()));
  // Warm-up: every connection, a few saves (plans, caches).
  await Promise.all(clients.map((c, i) => runFor(c, writers[i % writers.length]!, 500, warmUp)));
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(
    clients.map((c, i) => runFor(c, writers[i % writers.length]!, seconds * 1000, latencies)),
  );
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const d = distribution(latencies);
  console.log(
    `raw SQL saves${prepared ? " (prepared statements)" : ""}, ${CONNECTIONS} connections, ${seconds} s: ` +
      `${int((d.n / wall) * 1000)} saves/s, p50 ${ms(d.median, 1)}, p99 ${ms(d.p99, 1)}, max ${ms(d.max, 1)}; ` +
      `the replayer's CPU ${((used.user + used.system) / 1000 / d.n).toFixed(2)} ms/save (${loadAverage()})`,
  );
  console.log(
    `mean wall time per save in each statement (lock waits included): ${perStatement
      .map((t, i) => `${writers[0]!.templates[i]!.text.slice(0, 12).trim()}… ${ms(t / d.n, 1)}`)
      .join(", ")}`,
  );
  for (const c of clients) c.release();
  await pool.end();
} finally {
  await server.close();
}

/**
 * Each target saved twice through the app while every statement sent is recorded; the parameters that
 * moved by exactly one between the two saves are the versions (read, written), moved on for each replay.
 */
async function recordWriters(s: HttpServer) {
  const headers = { cookie: s.cookie, "content-type": "application/json", "x-csrf-token": s.csrfToken };
  let log: Sent[] = [];
  const stop = watchPgQueries((args) => {
    const [first, second] = args as [
      string | { text: string; values?: unknown[]; rowMode?: string },
      unknown,
    ];
    log.push(
      typeof first === "string"
        ? { text: first, values: Array.isArray(second) ? second : undefined, rowMode: undefined }
        : {
            text: first.text,
            values: first.values ?? (Array.isArray(second) ? second : undefined),
            rowMode: first.rowMode,
          },
    );
  });
  const writers: { templates: Template[]; saves: number }[] = [];
  try {
    for (const t of s.writeTargets) {
      const runs: Sent[][] = [];
      for (let k = 0; k < 2; k++) {
        log = [];
        const res = await s.app.request(t.path, {
          method: "PUT",
          headers,
          body: JSON.stringify({
            criterionCode: t.criterionCode,
            value: t.value,
            note: "n",
            version: t.version,
          }),
        });
        const body = (await res.json()) as { data?: { version?: number } };
        if (res.status !== 200) throw new Error(`save ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        t.version = body.data?.version ?? t.version + 1;
        runs.push(log);
      }
      const [a, b] = runs as [Sent[], Sent[]];
      if (a.length !== b.length) throw new Error("two saves sent different statements");
      const templates = b.map((st, i) => ({
        ...st,
        step: (st.values ?? []).map((v, j) => Number(v) < 1e9 && Number(v) - Number(a[i]!.values?.[j]) === 1),
      }));
      writers.push({ templates, saves: 0 });
    }
  } finally {
    stop();
  }
  return writers;
}

/** Saves in a loop on one connection for `ms`: each save's statements, versions moved on by one. */
async function runFor(
  client: pg.PoolClient,
  writer: { templates: Template[]; saves: number },
  forMs: number,
  latencies: number[],
): Promise<void> {
  const until = performance.now() + forMs;
  while (performance.now() < until) {
    writer.saves++;
    const t = performance.now();
    for (const [i, st] of writer.templates.entries()) {
      const sent = performance.now();
      const values = st.values?.map((v, j) => (st.step[j] ? Number(v) + writer.saves : v));
      const result = await client.query({
        text: st.text,
        ...(values ? { values } : {}),
        ...(st.rowMode ? { rowMode: st.rowMode as "array" } : {}),
        ...(prepared && values ? { name: `s${i}` } : {}),
      });
      if (/^with "bump"/.test(st.text) && result.rowCount !== 1) throw new Error("stale version in replay");
      if (latencies !== warmUp) perStatement[i] = (perStatement[i] ?? 0) + performance.now() - sent;
    }
    latencies.push(performance.now() - t);
  }
}
