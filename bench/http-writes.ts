// The HTTP benchmark's loads with writes: score saves at 50 connections, the mixed load of a working day
// (50 writers saving every 2 s each while 50 readers load rankings and assessment pages), a cold export
// after a write, and an unchanged export revalidated by its ETag (304).

import { fileURLToPath } from "node:url";
import type { Result } from "autocannon";
import { bumpWriteGeneration } from "../src/db/write-generation";
import { publishedClusters } from "./endpoints";
import {
  CONNECTIONS,
  describeRun,
  describeWatch,
  errorsOf,
  type Measured,
  measure,
  watchFigure,
} from "./http-load";
import type { HttpServer } from "./http-setup";
import { loadAverage } from "./machine";
import { distribution, int, ms } from "./stats";
import { type SummaryRow, verdict } from "./summary";

const hook = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Score saves (self-inputs) as fast as 50 connections go, each connection one writer on its own criterion. */
export async function benchSaves(
  server: HttpServer,
  quick: boolean,
  tag: (s: string) => string,
): Promise<SummaryRow[]> {
  const name = tag("score saves");
  console.log(
    `\n-- ${name}: PUT …/assessments/{unitId}/self-inputs, ${CONNECTIONS} writers, as fast as they go --`,
  );
  await prepareWriters(server);
  const m = await measure(server, [writers(CONNECTIONS, quick ? 3 : 10)]);
  const run = m.runs[0]!;
  console.log(`${describeRun("saves", run)} (${loadAverage()})`);
  console.log(describeWatch(m));
  const bad = errorsOf(run);
  const onPostgres = server.kind === "postgres";
  return [
    {
      benchmark: `${name} writes/s`,
      figure: `${int(run.requests.average)} /s`,
      target: onPostgres ? "≥ 500 /s (one council: one audit head)" : "(target on PostgreSQL)",
      verdict: bad > 0 ? "ERROR" : onPostgres ? verdict(run.requests.average >= 500) : "info",
    },
    {
      benchmark: `${name} p99 (p50)`,
      figure: `${ms(run.latency.p99, 1)} (${ms(run.latency.p50, 1)})`,
      target: onPostgres ? `≤ 100 ms, ${bad} errors` : `${bad} errors`,
      verdict: bad > 0 ? "ERROR" : onPostgres ? verdict(run.latency.p99 <= 100) : "info",
    },
    {
      benchmark: "  SQL/request; RSS",
      figure: watchFigure(m, false),
      target: judgedRss(server, m) ? "RSS ≤ 300 MiB" : "",
      verdict: judgedRss(server, m) ? verdict(m.rssMiB <= 300) : "info",
    },
  ];
}

/** A working day: 50 writers each saving every 2 s (25 writes/s), 25 readers on rankings, 25 on assessment pages. */
export async function benchMixed(
  server: HttpServer,
  quick: boolean,
  tag: (s: string) => string,
): Promise<SummaryRow[]> {
  const name = tag("mixed");
  console.log(
    `\n-- ${name}: 50 writers saving every 2 s each + 25 readers on rankings + 25 on assessment pages --`,
  );
  await prepareWriters(server);
  const headers = { cookie: server.cookie };
  const duration = quick ? 4 : 10;
  const reads = (paths: string[]) => ({
    connections: 25,
    duration,
    headers,
    requests: paths.map((path) => ({ method: "GET", path })),
  });
  const m = await measure(server, [
    { ...writers(CONNECTIONS, duration), overallRate: CONNECTIONS / 2 },
    reads(server.clusterIds.map((id) => `/api/clusters/${id}/ranking`)),
    reads(server.assessmentPaths),
  ]);
  const [w, ranking, page] = m.runs as [Result, Result, Result];
  console.log(`${describeRun("writers", w)}\n${describeRun("ranking readers", ranking)}`);
  console.log(`${describeRun("assessment page readers", page)} (${loadAverage()})`);
  console.log(describeWatch(m));
  const readerRow = (label: string, r: Result): SummaryRow => ({
    benchmark: `${name}: ${label} req/s, p99`,
    figure: `${int(r.requests.average)}, ${ms(r.latency.p99, 1)}`,
    target: `≥ 500, ≤ 200 ms, ${errorsOf(r)} errors`,
    verdict: errorsOf(r) > 0 ? "ERROR" : verdict(r.requests.average >= 500 && r.latency.p99 <= 200),
  });
  return [
    {
      benchmark: `${name}: writes/s, p99 (p50)`,
      figure: `${int(w.requests.average)}, ${ms(w.latency.p99, 1)} (${ms(w.latency.p50, 1)})`,
      target: `≥ 20 /s, ≤ 200 ms, ${errorsOf(w)} errors`,
      verdict: errorsOf(w) > 0 ? "ERROR" : verdict(w.requests.average >= 20 && w.latency.p99 <= 200),
    },
    readerRow("ranking", ranking),
    readerRow("assessment page", page),
    {
      benchmark: "  SQL/request; cache hits (data, views); RSS",
      figure: watchFigure(m),
      // The target is the server's: judged only where the server is a process of its own.
      target: judgedRss(server, m) ? "RSS ≤ 300 MiB" : "",
      verdict: judgedRss(server, m) ? verdict(m.rssMiB <= 300) : "info",
    },
  ];
}

/** An export whose data moved: a write to one input of a published cluster, then the first download. */
export async function coldExportAfterWrite(
  server: HttpServer,
  tag: (s: string) => string,
): Promise<SummaryRow[]> {
  const name = tag("cold Excel export after a write");
  const headers = { cookie: server.cookie };
  const samples: number[] = [];
  const clusters = publishedClusters(server);
  for (let i = 0; i < 10; i++) {
    const clusterId = clusters[i % clusters.length]!;
    // The version bump every writer makes (optimistic concurrency): the cluster's data version moves.
    await server.sql(
      `UPDATE assessment_inputs SET version = version + 1 WHERE ctid = (
         SELECT i.ctid FROM assessment_inputs i JOIN assessments a ON a.id = i.assessment_id
         WHERE a.cluster_id = $1 ORDER BY i.criterion_code LIMIT 1)`,
      [clusterId],
    );
    bumpWriteGeneration();
    const t = performance.now();
    const res = await fetch(`${server.origin}/api/clusters/${clusterId}/ranking.xlsx`, { headers });
    await res.arrayBuffer();
    samples.push(performance.now() - t);
    if (res.status !== 200)
      return [{ benchmark: name, figure: `HTTP ${res.status}`, target: "", verdict: "ERROR" }];
  }
  const d = distribution(samples);
  console.log(
    `\n-- ${name}: median ${ms(d.median, 1)}, max ${ms(d.max, 1)} over ${d.n} writes (${loadAverage()}) --`,
  );
  return [
    {
      benchmark: name,
      figure: `${ms(d.median, 1)} (max ${ms(d.max, 1)})`,
      target: "≤ 100 ms",
      verdict: verdict(d.median <= 100),
    },
  ];
}

/** A browser that has the export asks again with If-None-Match: 304, no body. */
export async function benchExportRevalidation(
  server: HttpServer,
  quick: boolean,
  tag: (s: string) => string,
): Promise<SummaryRow[]> {
  const name = tag("Excel export revalidated (If-None-Match)");
  const requests: { method: string; path: string; headers: Record<string, string> }[] = [];
  for (const id of publishedClusters(server)) {
    const path = `/api/clusters/${id}/ranking.xlsx`;
    const res = await fetch(`${server.origin}${path}`, { headers: { cookie: server.cookie } });
    await res.arrayBuffer();
    const etag = res.headers.get("etag");
    if (!etag) {
      console.log(`\n-- ${name}: not measured, the export sends no ETag --`);
      return [{ benchmark: name, figure: "no ETag", target: "304", verdict: "MISS" }];
    }
    requests.push({ method: "GET", path, headers: { cookie: server.cookie, "if-none-match": etag } });
  }
  const m = await measure(server, [{ connections: CONNECTIONS, duration: quick ? 3 : 5, requests }]);
  const run = m.runs[0]!;
  const notModified = run.statusCodeStats["304"]?.count ?? 0;
  const bad = run.requests.total - notModified;
  console.log(`\n-- ${name} --\n${describeRun("304s", run)} (${loadAverage()})\n${describeWatch(m)}`);
  return [
    {
      benchmark: `${name} req/s, p99`,
      figure: `${int(run.requests.average)}, ${ms(run.latency.p99, 1)}`,
      target: `all 304 (${bad} not)`,
      verdict: verdict(bad === 0),
    },
  ];
}

const judgedRss = (server: HttpServer, m: Measured): boolean => server.kind === "postgres" && !m.inProcess;

function writers(connections: number, duration: number) {
  return {
    connections,
    duration,
    requests: [{ setupRequest: hook("./write-request.cjs"), onResponse: hook("./write-response.cjs") }],
  };
}

/** The writers' worker reads its targets (with each input's current version) and the cookie from the environment. */
async function prepareWriters(server: HttpServer): Promise<void> {
  // Saves still in flight from the previous load land after it ends: wait until the versions stand still.
  let last = "";
  for (let i = 0; i < 30; i++) {
    const now = JSON.stringify(await currentVersions(server));
    if (now === last) break;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  const rows = await currentVersions(server);
  for (const r of rows) {
    server.writeTargets[Number(r.n) - 1]!.version = Number(r.version);
  }
  process.env.THIDUA_BENCH_WRITE_TARGETS = JSON.stringify(server.writeTargets);
  process.env.THIDUA_BENCH_COOKIE = server.cookie;
  process.env.THIDUA_BENCH_CSRF = server.csrfToken;
}

async function currentVersions(server: HttpServer) {
  const { rows } = await server.sql(
    `SELECT t.n, i.version FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS t(a, c, n)
     JOIN assessment_inputs i ON i.assessment_id = t.a AND i.criterion_code = t.c ORDER BY t.n`,
    [server.writeTargets.map((w) => w.assessmentId), server.writeTargets.map((w) => w.criterionCode)],
  );
  return rows as { n: number | string; version: number }[];
}
