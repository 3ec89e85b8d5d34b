// Issue 8's memory target is the server's RSS under the loads. In the other parts the server shares this
// process with the benchmark (its data set's plan, the loads' bookkeeping), so here it runs as production
// runs it: `thidua serve` from the one-file build `npm start` runs, in a process of its own, on the
// benchmark's PostgreSQL database with its default pool and with `npm start`'s Node flags. The ranking and
// assessment-page reads, the saves and the mixed load are sent to it, and its RSS alone is read from /proc.

import { readFileSync } from "node:fs";
import path from "node:path";
import { buildServer } from "../src/build-server";
import { repoRoot } from "../src/repo-root";
import { startServer } from "../src/test-support/child-server";
import { READ_ENDPOINTS } from "./endpoints";
import { benchRead } from "./http-reads";
import type { HttpServer } from "./http-setup";
import { benchMixed, benchSaves } from "./http-writes";
import type { SummaryRow } from "./summary";

const PAGES = ["ranking", "assessment page"];

export async function benchServerProcess(
  server: HttpServer,
  quick: boolean,
  tag: (s: string) => string,
): Promise<SummaryRow[]> {
  if (!server.databaseUrl) return [];
  const bundle = await buildServer(path.join(repoRoot, ".tmp", "bench-server", "thidua.mjs"));
  // The server's Node gets the flags `npm start` gives it (its heap cap), or BENCH_SERVER_NODE_OPTIONS's.
  const flags = process.env.BENCH_SERVER_NODE_OPTIONS ?? startFlags();
  console.log(`\n-- the server's Node flags: ${flags || "(none)"} --`);
  const env = {
    DATABASE_URL: server.databaseUrl,
    THIDUA_DEMO: "0",
    ...(flags ? { NODE_OPTIONS: flags } : {}),
  };
  const child = await startServer(env, undefined, bundle);
  // No client: the cold request's SQL replay is the in-process server's (the other parts report it).
  const other: HttpServer = {
    ...server,
    origin: `http://127.0.0.1:${child.port}`,
    pid: child.child.pid,
    client: null,
  };
  console.log(`\n-- the server in a process of its own (pid ${other.pid}), as production runs it --`);
  const label = (s: string) => tag(`server process: ${s}`);
  try {
    const rows: SummaryRow[] = [];
    // The pages users wait on most, read from the server as production runs it (no benchmark data in its heap).
    for (const endpoint of READ_ENDPOINTS.filter((e) => PAGES.includes(e.name)))
      rows.push(...(await benchRead(other, endpoint, quick, label)));
    rows.push(...(await benchSaves(other, quick, label)), ...(await benchMixed(other, quick, label)));
    return rows;
  } finally {
    child.child.kill("SIGTERM");
    await child.exited;
  }
}

/** The Node flags of package.json's start script ("node --a --b dist/thidua.mjs serve" gives "--a --b"). */
function startFlags(): string {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));
  return /^node((?: --\S+)*) /.exec(pkg.scripts.start)?.[1]?.trim() ?? "";
}
