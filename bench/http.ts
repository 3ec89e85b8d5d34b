// Benchmark 3: the HTTP endpoints people wait on, on the embedded database (PGlite in process) and on
// PostgreSQL, at 50 connections (autocannon): the reads (ranking, matrix, one unit's assessment page, the
// Excel export and its 304), score saves, a cold export after a write, and the mixed load of a working day.
// Each with req/s, p50, p99, errors, SQL statements per request, the ranking cache's hit rate and RSS.

import type { Result } from "autocannon";
import { clearRankingCache } from "../src/modules/rankings/ranking-cache";
import { READ_ENDPOINTS, type ReadEndpoint } from "./endpoints";
import { describeRun, describeWatch, errorsOf, measure, runLoads, watchFigure } from "./http-load";
import { benchServerProcess } from "./http-server-process";
import { HTTP_SHAPE, type HttpServer, type ServerKind, startHttpServer } from "./http-setup";
import { benchExportRevalidation, benchMixed, benchSaves, coldExportAfterWrite } from "./http-writes";
import { loadAverage } from "./machine";
import type { BenchOptions } from "./options";
import { recordSql, replaySql, statementCount } from "./sql-recorder";
import { distribution, int, ms, sample } from "./stats";
import { type SummaryRow, verdict } from "./summary";

export const CONNECTIONS = 50;

// BENCH_HTTP_PARTS="assessment page,mixed" runs some parts only (names as printed; a prefix is enough).
const parts = process.env.BENCH_HTTP_PARTS?.split(",").map((p) => p.trim().toLowerCase());
const part = (name: string) => !parts || parts.some((p) => name.toLowerCase().startsWith(p));

export async function benchHttp(opts: BenchOptions): Promise<SummaryRow[]> {
  const rows: SummaryRow[] = [];
  // BENCH_HTTP_ON=pglite or =postgres runs one database only.
  const on = process.env.BENCH_HTTP_ON;
  const targets: ServerKind[] = on === "postgres" ? [] : [{ kind: "pglite" }];
  if (opts.databaseUrl && on !== "pglite") targets.push({ kind: "postgres", url: opts.databaseUrl });
  for (const target of targets) rows.push(...(await benchHttpOn(target, opts.quick)));
  return rows;
}

async function benchHttpOn(target: ServerKind, quick: boolean): Promise<SummaryRow[]> {
  const db = target.kind === "pglite" ? "PGlite" : "PostgreSQL";
  const shape = `${HTTP_SHAPE.clustersPerCouncil} clusters × ${HTTP_SHAPE.unitsPerCluster} units × ${HTTP_SHAPE.criteria} criteria`;
  console.log(
    `\n== 3. HTTP on ${db} (${shape}; 5 clusters published, 5 being scored; ${CONNECTIONS} connections) ==`,
  );
  const t = performance.now();
  const server = await startHttpServer(undefined, target);
  console.log(
    `${db}: migrated, data set inserted, 5 clusters published, admin signed in, server at ${server.origin} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const rows: SummaryRow[] = [];
  const tag = (s: string) => `${db} ${s}`;
  try {
    rows.push(await ceiling(server, quick, tag));
    for (const endpoint of READ_ENDPOINTS)
      if (part(endpoint.name)) rows.push(...(await benchRead(server, endpoint, quick, tag)));
    if (part("revalidation")) rows.push(...(await benchExportRevalidation(server, quick, tag)));
    if (part("cold export")) rows.push(...(await coldExportAfterWrite(server, tag)));
    if (part("saves")) rows.push(...(await benchSaves(server, quick, tag)));
    if (part("mixed")) rows.push(...(await benchMixed(server, quick, tag)));
    if (part("server process")) rows.push(...(await benchServerProcess(server, quick, tag)));
  } finally {
    await server.close();
  }
  return rows;
}

async function benchRead(
  server: HttpServer,
  endpoint: ReadEndpoint,
  quick: boolean,
  tag: (s: string) => string,
): Promise<SummaryRow[]> {
  const name = tag(endpoint.name);
  const paths = endpoint.paths(server);
  const headers = { cookie: server.cookie };
  const probe = await fetch(`${server.origin}${paths[0]}`, { headers });
  const size = (await probe.arrayBuffer()).byteLength;
  console.log(
    `\n-- ${name}: GET ${paths[0]} (and ${paths.length - 1} more): probe ${probe.status}, ${int(size)} bytes --`,
  );
  if (probe.status !== 200) {
    return [{ benchmark: name, figure: `HTTP ${probe.status}`, target: "", verdict: "ERROR" }];
  }
  const requests = paths.map((path) => ({ method: "GET", path }));
  // Warm-up: JIT, the database's caches and prepared statements, not counted.
  await runLoads([{ url: server.origin, connections: 10, duration: 1, headers, requests }]);
  const m = await measure(server, [
    { connections: CONNECTIONS, duration: quick ? 3 : 10, headers, requests },
  ]);
  const run = m.runs[0]!;
  console.log(`${describeRun("HTTP", run)} (${loadAverage()})`);
  console.log(describeWatch(m));
  const bad = errorsOf(run);
  const out = readRows(name, run.requests.average, run.latency.p99, run.latency.p50, bad, endpoint);
  out.push({
    benchmark: "  SQL/request; cache hits (data, views); RSS",
    figure: watchFigure(m),
    target: "",
    verdict: "info",
  });
  if (endpoint.replay && server.client)
    out.push(await replayRatio(server, paths, run.requests.average, quick));
  return out;
}

function readRows(
  name: string,
  rps: number,
  p99: number,
  p50: number,
  bad: number,
  endpoint: ReadEndpoint,
): SummaryRow[] {
  const { target } = endpoint;
  return [
    {
      benchmark: `${name} req/s`,
      figure: `${int(rps)} req/s`,
      target: `≥ ${int(target.rps)} req/s (${target.why})`,
      verdict: bad > 0 ? "ERROR" : verdict(rps >= target.rps),
    },
    {
      benchmark: `${name} p99 (p50)`,
      figure: `${ms(p99, 1)} (${ms(p50, 1)})`,
      target: `≤ ${target.p99} ms, ${bad} errors`,
      verdict: bad > 0 ? "ERROR" : verdict(p99 <= target.p99),
    },
  ];
}

/** The SQL one cold request needs (cache emptied first), replayed directly: what the database alone allows. */
async function replayRatio(
  server: HttpServer,
  paths: string[],
  rps: number,
  quick: boolean,
): Promise<SummaryRow> {
  const client = server.client!;
  const headers = { cookie: server.cookie };
  clearRankingCache(server.database.db);
  const steps = await recordSql(client, async () => {
    const res = await server.app.request(paths[0]!, { headers });
    await res.arrayBuffer();
  });
  const direct = distribution(
    await sample(() => replaySql(client, steps), {
      minIterations: 50,
      maxIterations: 100_000,
      minMs: quick ? 1_000 : 2_000,
      maxMs: 5_000,
    }),
  );
  const directRate = 1000 / direct.median;
  console.log(
    `  the SQL of one cold request (${statementCount(steps)} statements, cache emptied first) run directly, serial: ` +
      `${int(directRate)} sets/s (median ${ms(direct.median)}); HTTP with its cache reaches ${(rps / directRate).toFixed(2)}× that`,
  );
  return {
    benchmark: `  cold request's SQL (${statementCount(steps)} st.) run directly`,
    figure: `${int(directRate)} /s`,
    target: `HTTP = ${(rps / directRate).toFixed(2)}× it`,
    verdict: "info",
  };
}

/** What node-server + Hono give on this machine with no database at all: the ceiling for any endpoint. */
async function ceiling(server: HttpServer, quick: boolean, tag: (s: string) => string): Promise<SummaryRow> {
  const url = `${server.origin}/api/health`;
  await runLoads([{ url, connections: 10, duration: 1 }]);
  const [run] = (await runLoads([{ url, connections: CONNECTIONS, duration: quick ? 2 : 5 }])) as [Result];
  console.log(
    `\n-- ceiling: GET /api/health (no session, no SQL): ${int(run.requests.average)} req/s, ` +
      `p50 ${ms(run.latency.p50, 1)}, p99 ${ms(run.latency.p99, 1)} (${loadAverage()}) --`,
  );
  return {
    benchmark: tag("ceiling: /api/health, no SQL"),
    figure: `${int(run.requests.average)} req/s`,
    target: `p99 ${ms(run.latency.p99, 1)}`,
    verdict: "info",
  };
}
