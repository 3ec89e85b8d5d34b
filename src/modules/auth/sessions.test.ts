import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { sessions } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { defaultServerConfig } from "../../server/config";
import { grant, makeCouncil, makeUser, TEST_PASSWORD } from "../../test-support/factories";
import { type Session, signIn } from "../../test-support/http";
import { login } from "./login";
import { pruneSessions, resolveSession, sessionIdOf } from "./sessions";

let database: Database;
let app: App;
let councilId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, databaseKind: database.kind, config: defaultServerConfig() });
  councilId = (await makeCouncil(database.db)).councilId;
});
afterAll(async () => {
  await database?.close();
});

const newUser = async () => (await makeUser(database.db, [grant("observer", councilId)])).username;
const minutes = (t: Date, m: number) => new Date(t.getTime() + m * 60_000);
const get = (session: Session, path: string) => app.request(path, { headers: { cookie: session.cookie } });

describe("sessions", () => {
  it("end after an hour unused, and after twelve hours however busy", async () => {
    const username = await newUser();
    const t0 = new Date("2026-03-02T01:00:00Z");
    const db = database.db;
    const { token } = await login({
      db,
      input: { username, password: TEST_PASSWORD },
      address: "a",
      now: t0,
    });
    const idle = { idleMinutes: 60 };
    expect(await resolveSession(db, token, { ...idle, now: minutes(t0, 59) })).not.toBeNull();
    // Used at 59 minutes: the hour starts again from there.
    expect(await resolveSession(db, token, { ...idle, now: minutes(t0, 118) })).not.toBeNull();
    expect(await resolveSession(db, token, { ...idle, now: minutes(t0, 118 + 61) })).toBeNull();

    const busy = await login({ db, input: { username, password: TEST_PASSWORD }, address: "a", now: t0 });
    for (let m = 50; m < 720; m += 50)
      expect(await resolveSession(db, busy.token, { ...idle, now: minutes(t0, m) })).not.toBeNull();
    expect(await resolveSession(db, busy.token, { ...idle, now: minutes(t0, 721) })).toBeNull();
  });

  it("are deleted once expired or idle, not merely ignored", async () => {
    const username = await newUser();
    const db = database.db;
    const t0 = new Date("2026-03-03T01:00:00Z");
    const { token } = await login({
      db,
      input: { username, password: TEST_PASSWORD },
      address: "a",
      now: t0,
    });
    const row = () =>
      db
        .select()
        .from(sessions)
        .where(eq(sessions.id, sessionIdOf(token)));
    expect(await row()).toHaveLength(1);
    await pruneSessions(db, minutes(t0, 30), 60);
    expect(await row()).toHaveLength(1);
    await pruneSessions(db, minutes(t0, 61), 60);
    expect(await row()).toHaveLength(0);
  });

  it("let a user sign out everywhere else, keeping this session and other people's", async () => {
    const username = await newUser();
    const here = await signIn(app, username, TEST_PASSWORD);
    const phone = await signIn(app, username, TEST_PASSWORD);
    const someoneElse = await signIn(app, await newUser(), TEST_PASSWORD);
    expect((await get(phone, "/api/auth/me")).status).toBe(200);
    const res = await app.request("/api/auth/sessions/sign-out-others", {
      method: "POST",
      headers: { cookie: here.cookie, "x-csrf-token": here.csrfToken },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { ended: 1 } });
    expect((await get(phone, "/api/auth/me")).status).toBe(401);
    expect((await get(here, "/api/auth/me")).status).toBe(200);
    expect((await get(someoneElse, "/api/auth/me")).status).toBe(200);
    const noToken = await app.request("/api/auth/sessions/sign-out-others", {
      method: "POST",
      headers: { cookie: here.cookie },
    });
    expect(noToken.status).toBe(403);
  });

  it("are never cached: every API answer says no-store, errors included", async () => {
    const session = await signIn(app, await newUser(), TEST_PASSWORD);
    for (const res of [
      await get(session, "/api/auth/me"),
      await app.request("/api/auth/me"),
      await app.request("/api/health"),
      await get(session, "/api/clusters/khong-phai-uuid"),
    ])
      expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
