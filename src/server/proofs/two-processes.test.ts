import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { submitAssessment } from "../../modules/assessments/submit-assessment";
import { fillSelf, setUpCluster } from "../../modules/assessments/test-fixtures";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { type App, createApp } from "../app";

// thidua scales out as stateless app processes behind a load balancer on one PostgreSQL. Each process keeps
// small caches (resolved sessions, rankings); this proves neither lets one process serve what another has
// already changed. On PostgreSQL the second app has its own pool, as a second process would. On the
// embedded database only one process can open the data directory (its lock), so there both apps share it
// and the test checks the same answers within one process.

let database: Database;
let other: Database;
let one: App;
let two: App;
let s: Awaited<ReturnType<typeof setUpCluster>>;

async function secondProcess(): Promise<Database> {
  if (database.kind === "pglite") return database;
  const url = new URL(process.env.TEST_DATABASE_URL ?? "");
  const res = (await database.db.execute(sql`select current_database() as name`)) as unknown as {
    rows: { name: string }[];
  };
  url.pathname = `/${res.rows[0]?.name}`;
  return openDatabase({ kind: "postgres", url: url.toString(), migrate: false, max: 2 });
}

beforeAll(async () => {
  database = await openTestDatabase();
  other = await secondProcess();
  one = createApp({ db: database.db, databaseKind: database.kind });
  two = createApp({ db: other.db, databaseKind: other.kind });
  s = await setUpCluster(database.db);
});
afterAll(async () => {
  if (other && other !== database) await other.close();
  await database?.close();
});

const me = (app: App, session: Session) => call(app, session, "GET", "/api/auth/me");

/** Counts the statements a database is sent that check sessions' liveness (PGlite's client or pg's pool). */
function countLivenessReads(d: Database): () => number {
  const client = (d.db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client;
  const query = client.query;
  let n = 0;
  client.query = (...args: unknown[]) => {
    const text = typeof args[0] === "string" ? args[0] : (args[0] as { text?: string }).text;
    if (text?.startsWith('select "id", "last_seen_at" from "sessions"')) n++;
    return query.apply(client, args);
  };
  return () => {
    client.query = query;
    return n;
  };
}

describe("two app processes on one database", () => {
  it("share no pool on PostgreSQL", async () => {
    const pid = async (d: Database) =>
      ((await d.db.execute(sql`select pg_backend_pid() as pid`)) as unknown as { rows: { pid: number }[] })
        .rows[0]?.pid;
    if (database.kind === "postgres") expect(await pid(database)).not.toBe(await pid(other));
    else expect(other).toBe(database);
  });

  it("refuse a session at once on the other process after it signs out on one", async () => {
    const session = await signIn(one, s.observer.username, TEST_PASSWORD);
    // The other process has just resolved (and cached) the session.
    expect((await me(two, session)).status).toBe(200);
    expect((await me(two, session)).status).toBe(200);
    expect((await call(one, session, "POST", "/api/auth/logout")).status).toBe(200);
    expect((await me(two, session)).status).toBe(401);
    expect((await me(one, session)).status).toBe(401);
  });

  it("refuse the other sessions at once after 'sign out my other sessions'", async () => {
    const here = await signIn(one, s.admin.username, TEST_PASSWORD);
    const phone = await signIn(two, s.admin.username, TEST_PASSWORD);
    expect((await me(two, phone)).status).toBe(200);
    const res = await call(one, here, "POST", "/api/auth/sessions/sign-out-others");
    expect(await res.json()).toEqual({ data: { ended: 1 } });
    expect((await me(two, phone)).status).toBe(401);
    expect((await me(two, here)).status).toBe(200);
  });

  it("check cached sessions arriving together in one shared read, still refusing one signed out just before", async () => {
    const users = [s.observer, s.head, s.admin, ...s.editors.slice(0, 3)];
    const sessions: Session[] = [];
    for (const u of users) sessions.push(await signIn(one, u.username, TEST_PASSWORD));
    for (const session of sessions) expect((await me(two, session)).status).toBe(200);
    expect((await call(one, sessions[2]!, "POST", "/api/auth/logout")).status).toBe(200);
    const reads = countLivenessReads(other);
    const statuses = await Promise.all(sessions.map(async (session) => (await me(two, session)).status));
    const count = reads();
    expect(statuses).toEqual([200, 200, 401, 200, 200, 200]);
    // Six requests at once: the first reads alone, the five arriving meanwhile share the next read. The
    // embedded database needs none (no other process can sign anyone out).
    expect(count).toBe(database.kind === "postgres" ? 2 : 0);
  });

  it("rank a score saved through one process at once in the other's ranking", async () => {
    const unit = s.units[1]!;
    await fillSelf(s.db, s.editors[1]!.actor, s.cluster.id, unit.id);
    await submitAssessment({
      db: s.db,
      actor: s.editors[1]!.actor,
      clusterId: s.cluster.id,
      unitId: unit.id,
    });
    const head = await signIn(one, s.head.username, TEST_PASSWORD);
    const ranking = `/api/clusters/${s.cluster.id}/ranking?stage=draft`;
    const totalOn = async (app: App) => {
      const res = await call(app, head, "GET", ranking);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { data: { rows: { unit: string; total: number }[] } };
      return body.data.rows.find((r) => r.unit === unit.code)?.total;
    };
    const before = await totalOn(two);
    expect(before).toBeTypeOf("number");
    expect(await totalOn(two)).toBe(before);
    // The head reviews I.2 down from the unit's 5.5 points to 3.5 through the first process.
    const saved = await call(
      one,
      head,
      "PUT",
      `/api/clusters/${s.cluster.id}/assessments/${unit.id}/review-inputs`,
      {
        criterionCode: "I.2",
        value: { points: 3.5 },
        comment: "Hai đợt không có minh chứng",
        version: 1,
      },
    );
    expect(saved.status).toBe(200);
    expect(await totalOn(two)).toBeCloseTo((before as number) - 2, 6);
    expect(await totalOn(one)).toBeCloseTo((before as number) - 2, 6);
  });
});
