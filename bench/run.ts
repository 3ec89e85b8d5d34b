// `npm run bench [-- --quick] [-- --keep] [-- --only=score,postgres,http] [-- --no-postgres]`
// Prints the machine, runs each benchmark, and ends with a summary table. It measures; it never fails
// on a missed target (exit 0), only reports it.

import { benchHttp } from "./http";
import { describeMachine } from "./machine";
import { type BenchName, readOptions, redactUrl } from "./options";
import { postgresVersion } from "./postgres-admin";
import { benchRecomputePostgres } from "./recompute-postgres";
import { benchScoreInProcess } from "./score-in-process";
import { benchSearch } from "./search";
import { seconds } from "./stats";
import { printSummary, type SummaryRow } from "./summary";

let opts = readOptions(process.argv.slice(2), process.env);
const started = performance.now();

console.log(`thidua benchmarks${opts.quick ? " (--quick)" : ""}, ${new Date().toISOString()}`);
for (const line of describeMachine()) console.log(line);
if (opts.databaseUrl) {
  const server = await postgresVersion(opts.databaseUrl);
  console.log(
    `Postgres: ${server.ok ? server.version : `unreachable: ${server.reason}`} at ${redactUrl(opts.databaseUrl)} (${opts.databaseUrlSource})`,
  );
  // Without a server every PostgreSQL half is skipped, so the PGlite halves still report (they used to be lost
  // with the error of the benchmark they share).
  if (!server.ok) {
    console.log(
      "Postgres: the PostgreSQL halves are skipped (set BENCH_DATABASE_URL to a server that answers)",
    );
    opts = { ...opts, databaseUrl: null };
  }
} else {
  console.log(`Postgres: none (${opts.databaseUrlSource}); the PostgreSQL benchmark is skipped`);
}

const benches: [BenchName, () => Promise<SummaryRow[]>][] = [
  ["score", () => benchScoreInProcess(opts)],
  ["postgres", () => benchRecomputePostgres(opts)],
  ["http", () => benchHttp(opts)],
  ["documents", () => import("./documents").then((m) => m.benchDocuments(opts))],
  ["search", () => benchSearch(opts)],
  ["live", () => import("./live-view").then((m) => m.benchLiveView(opts))],
];
const rows: SummaryRow[] = [];
for (const [name, bench] of benches) {
  if (!opts.only.has(name)) continue;
  try {
    rows.push(...(await bench()));
  } catch (err) {
    console.error(`benchmark "${name}" failed:`, err);
    rows.push({ benchmark: name, figure: "—", target: "", verdict: "ERROR" });
  }
}
rows.push(...(await import("./first-load").then((m) => m.benchFirstLoad())));
printSummary(rows);
console.log(`\ntotal time ${seconds(performance.now() - started)}`);
process.exit(0);
