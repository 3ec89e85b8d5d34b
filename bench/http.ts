// Benchmark 3: the HTTP endpoints people wait on, on the embedded database (PGlite in process) and on
// PostgreSQL, at 50 connections (autocannon): the reads (ranking, matrix, one unit's assessment page, the
// Excel export and its 304), score saves, a cold export after a write, and the mixed load of a working day.
// Each with req/s, p50, p99, errors, SQL statements per request, the ranking cache's hit rate and RSS.

import type { Result } from "autocannon";
import { READ_ENDPOINTS } from "./endpoints";
import { CONNECTIONS, runLoads } from "./http-load";
import { benchRead } from "./http-reads";
import { benchServerProcess } from "./http-server-process";
import { HTTP_SHAPE, type HttpServer, type ServerKind, startHttpServer } from "./http-setup";
import { benchExportRevalidation, benchMixed, benchSaves, coldExportAfterWrite } from "./http-writes";
import { loadAverage } from "./machine";
import type { BenchOptions } from "./options";
import { int, ms } from "./stats";
import type { SummaryRow } from "./summary";

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
