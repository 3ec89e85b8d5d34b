// One measured load: autocannon runs (one, or several at once for the mixed load) while the SQL the app
// sends, the ranking cache's hits and the server's RSS are watched. Mostly the server runs in this process,
// so the RSS is the server's (PGlite's WebAssembly heap included) plus the benchmark's own share (its data
// set's plan); with `server.pid` it is another process (http-server-process.ts), whose RSS alone is read
// and whose SQL and cache are not watched. autocannon runs in a process of its own (load-child.ts).

import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Options, Result } from "autocannon";
import { cacheStats } from "../src/modules/rankings/ranking-cache";
import type { HttpServer } from "./http-setup";
import { countSql } from "./sql-counter";
import { int, ms } from "./stats";

/** Connections of every HTTP load, as the issue measured the peer app. */
export const CONNECTIONS = 50;

export type Measured = {
  runs: Result[];
  sqlPerRequest: number;
  /** Share of ranking-cache lookups (data entries and computed views) that were hits, or null if none. */
  entryHitRate: number | null;
  viewHitRate: number | null;
  rssMiB: number;
  /** False when the server is another process: SQL and cache figures are then not measured. */
  inProcess: boolean;
};

/** Resident memory of a process: this one's, or another's from /proc (Linux). */
function rssOf(pid?: number): number {
  if (pid === undefined) return process.memoryUsage().rss;
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb ?? 0) * 1024;
}

export async function measure(server: HttpServer, loads: Omit<Options, "url">[]): Promise<Measured> {
  const before = { ...cacheStats };
  let rss = rssOf(server.pid);
  const timer = setInterval(() => {
    rss = Math.max(rss, rssOf(server.pid));
  }, 100);
  const counter = countSql(server);
  try {
    const runs = await runLoads(loads.map((o) => ({ url: server.origin, ...o })));
    const requests = runs.reduce((n, r) => n + r.requests.total, 0);
    const rate = (hits: number, misses: number) => (hits + misses > 0 ? hits / (hits + misses) : null);
    return {
      runs,
      sqlPerRequest: requests > 0 ? counter.count() / requests : 0,
      entryHitRate: rate(
        cacheStats.entryHits - before.entryHits,
        cacheStats.entryMisses - before.entryMisses,
      ),
      viewHitRate: rate(cacheStats.viewHits - before.viewHits, cacheStats.viewMisses - before.viewMisses),
      rssMiB: rss / 1024 / 1024,
      inProcess: server.pid === undefined,
    };
  } finally {
    counter.stop();
    clearInterval(timer);
  }
}

/** Runs the loads at once in a forked load generator (it inherits the environment: the writers' targets). */
export function runLoads(loads: Options[]): Promise<Result[]> {
  const child = fork(fileURLToPath(new URL("./load-child.ts", import.meta.url)), {
    execArgv: ["--import", "tsx"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", (runs) => resolve(runs as Result[]));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`load generator exited (${code}) before answering`)));
    child.send(loads);
  });
}

export const errorsOf = (r: Result): number => r.non2xx + r.errors + r.timeouts;

export const percent = (x: number | null): string => (x === null ? "—" : `${(x * 100).toFixed(0)}%`);

export function describeRun(label: string, r: Result): string {
  const statuses = JSON.stringify(
    Object.fromEntries(Object.entries(r.statusCodeStats).map(([k, v]) => [k, v.count])),
  );
  return (
    `  ${label}: ${int(r.requests.average)} req/s, p50 ${ms(r.latency.p50, 1)}, p99 ${ms(r.latency.p99, 1)}, ` +
    `max ${ms(r.latency.max, 1)}; ${int(r.requests.total)} requests, ${errorsOf(r)} errors/non-2xx/timeouts ${statuses}`
  );
}

/** The summary's "SQL/request; cache hits (data, views); RSS" figure ("SQL/request; RSS" without the cache). */
export function watchFigure(m: Measured, cache = true): string {
  const sql = m.inProcess ? m.sqlPerRequest.toFixed(2) : "—";
  const hits = m.inProcess ? `${percent(m.entryHitRate)}, ${percent(m.viewHitRate)}` : "—";
  return cache ? `${sql}; ${hits}; ${int(m.rssMiB)} MiB` : `${sql}; ${int(m.rssMiB)} MiB`;
}

export function describeWatch(m: Measured): string {
  if (!m.inProcess)
    return `  the server's process: RSS max ${int(m.rssMiB)} MiB (its SQL and cache not watched)`;
  return (
    `  SQL ${m.sqlPerRequest.toFixed(2)} statements/request; ranking cache hits: data ${percent(m.entryHitRate)}, ` +
    `views ${percent(m.viewHitRate)}; RSS max ${int(m.rssMiB)} MiB`
  );
}
