// Issue 8's memory target is the server's RSS under the loads. In the other parts the server shares this
// process with the benchmark (its data set's plan, the loads' bookkeeping), so here it runs as production
// runs it: `thidua serve` from the one-file build `npm start` runs, in a process of its own, on the
// benchmark's PostgreSQL database with its default pool. The saves and the mixed load are sent to it, and
// its RSS alone is read from /proc.

import path from "node:path";
import { buildServer } from "../src/build-server";
import { repoRoot } from "../src/repo-root";
import { startServer } from "../src/test-support/child-server";
import type { HttpServer } from "./http-setup";
import { benchMixed, benchSaves } from "./http-writes";
import type { SummaryRow } from "./summary";

export async function benchServerProcess(
  server: HttpServer,
  quick: boolean,
  tag: (s: string) => string,
): Promise<SummaryRow[]> {
  if (!server.databaseUrl) return [];
  const bundle = await buildServer(path.join(repoRoot, ".tmp", "bench-server", "thidua.mjs"));
  // BENCH_SERVER_NODE_OPTIONS: flags for the server's Node alone (say, a heap limit), not the benchmark's.
  const flags = process.env.BENCH_SERVER_NODE_OPTIONS;
  const env = {
    DATABASE_URL: server.databaseUrl,
    THIDUA_DEMO: "0",
    ...(flags ? { NODE_OPTIONS: flags } : {}),
  };
  const child = await startServer(env, undefined, bundle);
  const other: HttpServer = { ...server, origin: `http://127.0.0.1:${child.port}`, pid: child.child.pid };
  console.log(`\n-- the server in a process of its own (pid ${other.pid}), as production runs it --`);
  const label = (s: string) => tag(`server process: ${s}`);
  try {
    return [...(await benchSaves(other, quick, label)), ...(await benchMixed(other, quick, label))];
  } finally {
    child.child.kill("SIGTERM");
    await child.exited;
  }
}
