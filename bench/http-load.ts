// One measured load: autocannon runs (one, or several at once for the mixed load) while the SQL the app
// sends, the ranking cache's hits and the process's RSS are watched. The server runs in this process, so
// the RSS is the server's (PGlite's WebAssembly heap included) plus the benchmark's own small share;
// autocannon runs in a process of its own (load-child.ts).

import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Options, Result } from "autocannon";
import { cacheStats } from "../src/modules/rankings/ranking-cache";
import type { HttpServer } from "./http-setup";
import { countSql } from "./sql-counter";
import { int, ms } from "./stats";

export type Measured = {
  runs: Result[];
  sqlPerRequest: number;
  /** Share of ranking-cache lookups (data entries and computed views) that were hits, or null if none. */
  entryHitRate: number | null;
  viewHitRate: number | null;
  rssMiB: number;
};

export async function measure(server: HttpServer, loads: Omit<Options, "url">[]): Promise<Measured> {
  const before = { ...cacheStats };
  let rss = process.memoryUsage().rss;
  const timer = setInterval(() => {
    rss = Math.max(rss, process.memoryUsage().rss);
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

export function describeWatch(m: Measured): string {
  return (
    `  SQL ${m.sqlPerRequest.toFixed(2)} statements/request; ranking cache hits: data ${percent(m.entryHitRate)}, ` +
    `views ${percent(m.viewHitRate)}; RSS max ${int(m.rssMiB)} MiB`
  );
}
