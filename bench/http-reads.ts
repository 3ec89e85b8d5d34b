// One read endpoint under 50 connections (autocannon), spread over the data set: req/s, p50, p99 and errors
// against the targets, with the server's SQL per request, cache hits and RSS; for an in-process server
// with a client, also the SQL of one cold request replayed directly, for the ratio against the bare SQL.

import { clearRankingCache } from "../src/modules/rankings/ranking-cache";
import type { ReadEndpoint } from "./endpoints";
import {
  CONNECTIONS,
  describeRun,
  describeWatch,
  errorsOf,
  measure,
  runLoads,
  watchFigure,
} from "./http-load";
import type { HttpServer } from "./http-setup";
import { loadAverage } from "./machine";
import { recordSql, replaySql, statementCount } from "./sql-recorder";
import { distribution, int, ms, sample } from "./stats";
import { type SummaryRow, verdict } from "./summary";

export async function benchRead(
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
