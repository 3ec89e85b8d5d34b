// Benchmark 3: the ranking endpoints under 50 concurrent connections on the embedded database (PGlite in
// process), with autocannon; then the same SQL replayed directly in a loop, and the ratio of the two.

import autocannon, { type Result } from "autocannon";
import { chooseEndpoints, type Endpoint } from "./endpoints";
import { HTTP_SHAPE, type HttpServer, startHttpServer } from "./http-setup";
import { loadAverage } from "./machine";
import type { BenchOptions } from "./options";
import { recordSql, replaySql, statementCount } from "./sql-recorder";
import { distribution, int, ms, sample } from "./stats";
import { type SummaryRow, verdict } from "./summary";

const CONNECTIONS = 50;
const TARGET_RPS = 2_000;
const TARGET_P99_MS = 50;

export async function benchHttpRanking(opts: BenchOptions): Promise<SummaryRow[]> {
  const { endpoints, standIn, why } = chooseEndpoints();
  const shape = `${HTTP_SHAPE.clustersPerCouncil} clusters × ${HTTP_SHAPE.unitsPerCluster} units × ${HTTP_SHAPE.criteria} criteria`;
  console.log(
    `\n== 3. HTTP on the embedded database (PGlite in process; ${shape}; ${CONNECTIONS} connections) ==`,
  );
  console.log(
    standIn
      ? `STAND-IN: benchmarking ${endpoints.map((e) => `GET ${e.path("{id}")}`).join(", ")} because ${why}; the ranking endpoints are not measured yet`
      : `endpoints: ${endpoints.map((e) => `GET ${e.path("{id}")}`).join(", ")} (${why})`,
  );
  const t = performance.now();
  const server = await startHttpServer();
  console.log(
    `PGlite migrated, data set inserted, admin signed in, server at ${server.origin} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const rows: SummaryRow[] = [];
  try {
    rows.push(await ceiling(server, opts.quick));
    for (const endpoint of endpoints) rows.push(...(await benchEndpoint(server, endpoint, opts.quick)));
  } finally {
    await server.close();
  }
  return rows;
}

export async function benchEndpoint(
  server: HttpServer,
  endpoint: Endpoint,
  quick: boolean,
): Promise<SummaryRow[]> {
  const name = `HTTP ${endpoint.name}`;
  const paths = server.clusterIds.map((id) => endpoint.path(id));
  const headers = { cookie: server.cookie };
  const probe = await fetch(`${server.origin}${paths[0]}`, { headers });
  const body = await probe.text();
  console.log(`\n-- GET ${endpoint.path("{id}")}: probe ${probe.status}, ${int(body.length)} bytes --`);
  if (probe.status !== 200) {
    console.log(`  not measured: the probe answered ${probe.status}: ${body.slice(0, 200)}`);
    return [
      {
        benchmark: name,
        figure: `HTTP ${probe.status}`,
        target: `≥ ${int(TARGET_RPS)} req/s`,
        verdict: "ERROR",
      },
    ];
  }

  const requests = paths.map((path) => ({ method: "GET", path }));
  // Warm-up: JIT, PGlite's caches and the prepared statements, not counted.
  await autocannon({ url: server.origin, connections: 10, duration: 1, headers, requests });
  const duration = quick ? 3 : 10;
  const run = await autocannon({
    url: server.origin,
    connections: CONNECTIONS,
    duration,
    headers,
    requests,
    workers: 1,
  });
  const rps = run.requests.average;
  const bad = run.non2xx + run.errors + run.timeouts;
  console.log(
    `  HTTP: ${int(rps)} req/s, latency p50 ${ms(run.latency.p50, 1)}, p99 ${ms(run.latency.p99, 1)}, max ${ms(run.latency.max, 1)}; ` +
      `${int(run.requests.total)} requests in ${run.duration.toFixed(1)} s, ${bad} errors or non-2xx ${statusCounts(run)} (${loadAverage()})`,
  );

  // The same app in process, one request at a time, no sockets: Hono + Zod + Drizzle + SQL + JSON.
  let next = 0;
  const inProcess = distribution(
    await sample(
      async () => {
        const res = await server.app.request(paths[next++ % paths.length]!, { headers });
        await res.text();
      },
      { minIterations: 200, maxIterations: 50_000, minMs: quick ? 1_000 : 2_000, maxMs: 5_000 },
    ),
  );

  // The same SQL run directly: the statements this request sends (the session lookup too, unless the app cached it), replayed.
  const steps = await recordSql(server.client, async () => {
    const res = await server.app.request(paths[0]!, { headers });
    await res.text();
  });
  const direct = distribution(
    await sample(() => replaySql(server.client, steps), {
      minIterations: 200,
      maxIterations: 100_000,
      minMs: quick ? 1_000 : 2_000,
      maxMs: 5_000,
    }),
  );
  // By the median: on a shared machine a few descheduled runs would otherwise swing the mean.
  const directRate = 1000 / direct.median;
  console.log(
    `  in process, serial, no HTTP (app.request): ${int(1000 / inProcess.mean)} req/s, median ${ms(inProcess.median)}, p99 ${ms(inProcess.p99)}`,
  );
  console.log(
    `  same SQL run directly (${statementCount(steps)} statement(s) the request sent; the session lookup is among them unless the app cached it), serial: ${int(directRate)} sets/s (1000 / median), ` +
      `median ${ms(direct.median)}, mean ${ms(direct.mean)}, p99 ${ms(direct.p99)}`,
  );
  console.log(
    `  ratio: bare SQL ${int(directRate)}/s ÷ HTTP ${int(rps)} req/s = ${(directRate / rps).toFixed(2)}× ` +
      `(HTTP reaches ${((rps / directRate) * 100).toFixed(0)}% of what the SQL alone allows)`,
  );
  return [
    {
      benchmark: `${name} req/s`,
      figure: `${int(rps)} req/s`,
      target: `≥ ${int(TARGET_RPS)} req/s`,
      verdict: bad > 0 ? "ERROR" : verdict(rps >= TARGET_RPS),
    },
    {
      benchmark: `${name} p99`,
      figure: ms(run.latency.p99, 1),
      target: `≤ ${TARGET_P99_MS} ms`,
      verdict: bad > 0 ? "ERROR" : verdict(run.latency.p99 <= TARGET_P99_MS),
    },
    { benchmark: `${name} p50`, figure: ms(run.latency.p50, 1), target: "", verdict: "info" },
    {
      benchmark: "  same SQL run directly, serial",
      figure: `${int(directRate)} /s`,
      target: `= ${(directRate / rps).toFixed(2)}× the HTTP rate`,
      verdict: "info",
    },
  ];
}

/** What node-server + Hono give on this machine with no database at all: the ceiling for any endpoint. */
async function ceiling(server: HttpServer, quick: boolean): Promise<SummaryRow> {
  const url = `${server.origin}/api/health`;
  await autocannon({ url, connections: 10, duration: 1 });
  const run = await autocannon({ url, connections: CONNECTIONS, duration: quick ? 2 : 5, workers: 1 });
  console.log(
    `\n-- ceiling: GET /api/health (no session, no SQL): ${int(run.requests.average)} req/s, ` +
      `p50 ${ms(run.latency.p50, 1)}, p99 ${ms(run.latency.p99, 1)} (${loadAverage()}) --`,
  );
  return {
    benchmark: "HTTP ceiling: /api/health, no SQL",
    figure: `${int(run.requests.average)} req/s`,
    target: `p99 ${ms(run.latency.p99, 1)}`,
    verdict: "info",
  };
}

function statusCounts(run: Result): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(run.statusCodeStats).map(([k, v]) => [k, v.count])),
  );
}
