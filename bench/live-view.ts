// Benchmark: a vote result reaching the meeting's live view. 500 clients hold GET /api/meetings/{id}/events
// (SSE) open against a real server on 127.0.0.1 from a separate process (bench/live-clients.ts), as browsers
// would be; the chair closes a secret vote; each client's delay is the wall-clock time from the close request
// to the `vote.closed` event arriving on its stream. PGlite: one process.
// PostgreSQL (BENCH_DATABASE_URL): the vote is closed through a second pool — a second server process — so the
// result crosses LISTEN/NOTIFY. BENCH_LIVE_CLIENTS overrides 500; --quick: 100 clients, 2 rounds.

import { fork } from "node:child_process";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { type Database, openDatabase } from "../src/db/open";
import { castBallot } from "../src/modules/meetings/cast-ballot";
import { closeVote } from "../src/modules/meetings/close-vote";
import { createVote } from "../src/modules/meetings/create-vote";
import { closeLiveBus } from "../src/modules/meetings/live/bus";
import { openVote } from "../src/modules/meetings/open-vote";
import { markPresent, setUpMeeting } from "../src/modules/meetings/test-fixtures";
import { createApp } from "../src/server/app";
import { TEST_PASSWORD } from "../src/test-support/factories";
import { signIn } from "../src/test-support/http";
import type { BenchOptions } from "./options";
import { createDatabase, dropDatabase, urlForDatabase } from "./postgres-admin";
import { distribution, ms, now } from "./stats";
import { type SummaryRow, verdict } from "./summary";

const TARGET_P99_MS = 200;

type FromClients = { type: "ready" } | { type: "arrivals"; voteId: string; times: number[] };

/** The clients' process (bench/live-clients.ts): started, then asked for each vote's arrival times. */
async function startClients(url: string, cookie: string, count: number) {
  const child = fork(fileURLToPath(new URL("./live-clients.ts", import.meta.url)), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, LIVE_URL: url, LIVE_COOKIE: cookie, LIVE_CLIENTS: String(count) },
  });
  const next = (want: FromClients["type"], voteId?: string) =>
    new Promise<FromClients>((resolve, reject) => {
      const onMessage = (m: FromClients) => {
        if (m.type !== want || (m.type === "arrivals" && m.voteId !== voteId)) return;
        child.off("message", onMessage);
        resolve(m);
      };
      child.on("message", onMessage);
      child.once("exit", (code) => reject(new Error(`live clients exited (${code})`)));
    });
  await next("ready");
  return {
    arrivals: async (voteId: string) => {
      const answer = next("arrivals", voteId);
      child.send({ type: "collect", voteId });
      const m = await answer;
      return m.type === "arrivals" ? m.times : [];
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.send({ type: "stop" });
      }),
  };
}

async function measure(label: string, serverDb: Database, closerDb: Database, opts: BenchOptions) {
  const clients = Number(process.env.BENCH_LIVE_CLIENTS ?? (opts.quick ? 100 : 500));
  const rounds = opts.quick ? 2 : 4;
  const s = await setUpMeeting(serverDb.db);
  await markPresent(serverDb.db, s, [0, 1, 2, 3, 4, 5]);
  const app = createApp({ db: serverDb.db, databaseKind: serverDb.kind });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once("listening", resolve)));
  const { port } = server.address() as AddressInfo;
  const session = await signIn(app, s.voters[0]?.kind === "user" ? s.voters[0].username : "", TEST_PASSWORD);
  const url = `http://127.0.0.1:${port}/api/meetings/${s.meeting.id}/events`;
  const clientsProcess = await startClients(url, session.cookie, clients);
  const delays: number[] = [];
  const closing: number[] = [];
  const on = { actor: s.admin.actor, meetingId: s.meeting.id };
  for (let round = 0; round < rounds; round++) {
    const input = {
      kind: "motion",
      secret: true,
      question: `Biểu quyết ${round + 1}`,
      threshold: { kind: "majorityOfValid" },
    };
    const vote = await createVote({ db: serverDb.db, ...on, input });
    await openVote({ db: serverDb.db, ...on, voteId: vote.id });
    for (const actor of s.voters)
      await castBallot({
        db: serverDb.db,
        actor,
        meetingId: s.meeting.id,
        voteId: vote.id,
        input: { ballot: { choice: "yes" } },
      });
    // Wall-clock milliseconds on both sides: the clients stamp arrivals in their own process.
    const start = Date.now();
    const t0 = now();
    await closeVote({ db: closerDb.db, ...on, voteId: vote.id });
    closing.push(now() - t0);
    for (const t of await clientsProcess.arrivals(vote.id)) delays.push(t - start);
  }
  await clientsProcess.stop();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    if ("closeAllConnections" in server) server.closeAllConnections();
  });
  const d = distribution(delays);
  console.log(
    `  ${label}: ${clients} clients × ${rounds} votes: median ${ms(d.median, 1)}, p95 ${ms(d.p95, 1)}, p99 ${ms(d.p99, 1)}, max ${ms(d.max, 1)} (the close transaction itself: median ${ms(distribution(closing).median, 1)})`,
  );
  return {
    benchmark: `live view, vote result → ${clients} SSE clients, p99 (${label})`,
    figure: ms(d.p99, 1),
    target: `≤ ${TARGET_P99_MS} ms`,
    verdict: verdict(d.p99 <= TARGET_P99_MS),
  } satisfies SummaryRow;
}

export async function benchLiveView(opts: BenchOptions): Promise<SummaryRow[]> {
  console.log("\n5. Live view: a vote result reaching the meeting's SSE clients");
  const rows: SummaryRow[] = [];
  const lite = await openDatabase({ kind: "pglite" });
  try {
    rows.push(await measure("PGlite, one server process", lite, lite, opts));
  } finally {
    await closeLiveBus(lite.db);
    await lite.close();
  }
  if (!opts.databaseUrl) return rows;
  const name = `thidua_bench_live_${process.pid}`;
  await createDatabase(opts.databaseUrl, name);
  const url = urlForDatabase(opts.databaseUrl, name);
  const serverDb = await openDatabase({ kind: "postgres", url });
  const closerDb = await openDatabase({ kind: "postgres", url, migrate: false, max: 2 });
  try {
    rows.push(await measure("PostgreSQL, closed from a second process", serverDb, closerDb, opts));
  } finally {
    await closeLiveBus(serverDb.db);
    await closeLiveBus(closerDb.db);
    await serverDb.close();
    await closerDb.close();
    if (!opts.keep) await dropDatabase(opts.databaseUrl, name);
  }
  return rows;
}
