import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../db/open";
import { openTestDatabase } from "../db/testing";
import { setUpCluster } from "../modules/assessments/test-fixtures";
import { killServer, type ServerProcess, startServer } from "../test-support/child-server";
import { writeDataDir } from "../test-support/data-dir";
import { TEST_PASSWORD } from "../test-support/factories";
import { runAuditVerify } from "./audit";

// `thidua serve` as a child process, 20 clients saving self-scores, `kill -9` three times while they write,
// a fourth start: every write the server acknowledged (200) must be there, a write cut off by the kill is
// either wholly there or wholly absent, and `thidua audit verify` passes. On the embedded database (no
// TEST_DATABASE_URL) the server holds PGlite in its own process; on PostgreSQL it is the app process that dies.

const CRITERIA = ["I.2", "III.2", "V.2", "VI.1"]; // scored by hand (points), each at most 5 or more
const UNITS = 5; // 5 units × 4 criteria = 20 clients, each the only writer of its own input
const KILLS = 3;
const ACKS_BEFORE_KILL = 60;

type Client = {
  unitId: string;
  criterion: string;
  cookie: string;
  csrf: string;
  acked: { version: number; points: number | null };
  pending: number | null;
  writes: number;
};

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "thidua-crash-")));
let database: Database | undefined;
let serverEnv: Record<string, string>;
let s: Awaited<ReturnType<typeof setUpCluster>>;
let server: ServerProcess | undefined;

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) {
    database = await openTestDatabase();
    s = await setUpCluster(database.db);
    const res = (await database.db.execute(sql`select current_database() as name`)) as unknown as {
      rows: { name: string }[];
    };
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${res.rows[0]?.name}`;
    serverEnv = { DATABASE_URL: url.toString(), THIDUA_DEMO: "0" };
  } else {
    const dataDir = path.join(root, "data");
    await writeDataDir(dataDir, "migrated");
    const embedded = await openDatabase({ kind: "pglite", dataDir });
    s = await setUpCluster(embedded.db);
    await embedded.close();
    serverEnv = { THIDUA_DATA_DIR: dataDir, THIDUA_DEMO: "0" };
  }
}, 180_000);

afterAll(async () => {
  await killServer(server);
  await database?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const url = (path: string) => `http://127.0.0.1:${server?.port}${path}`;
const assessmentPath = (unitId: string) => `/api/clusters/${s.cluster.id}/assessments/${unitId}`;

async function signIn(username: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(url("/api/auth/login"), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { data: { csrfToken: string } };
  return { cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "", csrf: body.data.csrfToken };
}

/** Compares what the server has with what the client was told, then adopts the server's version. */
async function reconcile(client: Client, problems: string[]) {
  const res = await fetch(url(assessmentPath(client.unitId)), { headers: { cookie: client.cookie } });
  if (res.status !== 200) throw new Error(`GET assessment ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as {
    data: { criteria: { code: string; version: number; self: { value: { points?: number } | null } }[] };
  };
  const row = body.data.criteria.find((c) => c.code === client.criterion);
  const version = row?.version ?? 0;
  const points = row?.self.value?.points ?? null;
  const { acked, pending } = client;
  const asAcked = version === acked.version && points === acked.points;
  const asPending = pending !== null && version === acked.version + 1 && points === pending;
  if (!asAcked && !asPending) {
    problems.push(
      `${client.criterion}@${client.unitId}: acknowledged v${acked.version}=${acked.points}` +
        `${pending !== null ? ` (then ${pending} unanswered)` : ""}, found v${version}=${points}`,
    );
  }
  client.acked = { version, points };
  client.pending = null;
}

/** Saves new values until the server stops answering or `stop()` says so; 409 or 5xx is a failure. */
async function write(client: Client, stop: () => boolean, problems: string[]) {
  while (!stop()) {
    const points = ((client.writes % 10) + 1) / 2;
    client.writes++;
    client.pending = points;
    let res: Response;
    try {
      res = await fetch(url(`${assessmentPath(client.unitId)}/self-inputs`), {
        method: "PUT",
        headers: { "content-type": "application/json", cookie: client.cookie, "x-csrf-token": client.csrf },
        body: JSON.stringify({
          criterionCode: client.criterion,
          value: { points },
          version: client.acked.version,
        }),
      });
    } catch {
      return; // killed: this write may or may not have committed
    }
    let body: { data?: { version: number } };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      return; // killed while answering: no acknowledgement
    }
    if (res.status !== 200 || !body.data) {
      problems.push(`${client.criterion}@${client.unitId}: ${res.status} ${JSON.stringify(body)}`);
      return;
    }
    client.acked = { version: body.data.version, points };
    client.pending = null;
  }
}

describe("crash durability", () => {
  it("keeps every acknowledged score through three kill -9 under 20 writing clients, and the audit verifies", async () => {
    server = await startServer(serverEnv);
    const clients: Client[] = [];
    for (let u = 0; u < UNITS; u++) {
      for (const criterion of CRITERIA) {
        const session = await signIn(s.editors[u]!.username);
        clients.push({
          unitId: s.units[u]!.id,
          criterion,
          cookie: session.cookie,
          csrf: session.csrf,
          acked: { version: 0, points: null },
          pending: null,
          writes: 0,
        });
      }
    }
    const problems: string[] = [];
    let acknowledged = 0;
    for (let kill = 1; kill <= KILLS; kill++) {
      const before = clients.reduce((n, c) => n + c.acked.version, 0);
      const done = clients.map((c) => write(c, () => false, problems));
      // Kill once enough writes were acknowledged in this round, with the others still in flight.
      const deadline = Date.now() + 30_000;
      while (clients.reduce((n, c) => n + c.acked.version, 0) - before < ACKS_BEFORE_KILL) {
        if (Date.now() > deadline || problems.length > 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      server.child.kill("SIGKILL");
      expect((await server.exited).signal).toBe("SIGKILL");
      await Promise.all(done);
      acknowledged += clients.reduce((n, c) => n + c.acked.version, 0) - before;
      expect(problems).toEqual([]);
      server = await startServer(serverEnv);
      for (const c of clients) await reconcile(c, problems);
      expect(problems, `after kill ${kill}`).toEqual([]);
    }
    expect(acknowledged).toBeGreaterThanOrEqual(KILLS * ACKS_BEFORE_KILL);
    // The restarted server still takes writes on the versions it reported.
    let stopped = false;
    const last = clients.map((c) => write(c, () => stopped, problems));
    await new Promise((r) => setTimeout(r, 300));
    stopped = true;
    await Promise.all(last);
    expect(problems).toEqual([]);
    server.child.kill("SIGTERM");
    expect((await server.exited).code).toBe(0);

    const out: string[] = [];
    const err: string[] = [];
    const env = serverEnv.DATABASE_URL
      ? { DATABASE_URL: serverEnv.DATABASE_URL }
      : { THIDUA_DATA_DIR: serverEnv.THIDUA_DATA_DIR };
    const verified = await runAuditVerify(
      {},
      { stdout: (x) => out.push(x), stderr: (x) => err.push(x) },
      env,
    );
    expect(err).toEqual([]);
    expect(verified).toBe(0);
    expect(out[0]).toMatch(/^Nhật ký toàn vẹn: \d+ bản ghi/);
    // Four starts of the server: minutes on a loaded 2-core machine.
  }, 600_000);
});
