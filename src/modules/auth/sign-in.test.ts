import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { authEvents, signInThrottle } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { defaultServerConfig } from "../../server/config";
import { grant, makeCouncil, makeUser, TEST_PASSWORD } from "../../test-support/factories";
import { login } from "./login";
import { pairKey } from "./throttle";

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

const newUser = async () => (await makeUser(database.db, [grant("council_admin", councilId)])).username;
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
const signIn = (username: string, password: string, address: string) =>
  app.request(
    "/api/auth/login",
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    },
    from(address),
  );
const eventsOf = async (username: string) =>
  (
    await database.db
      .select({ kind: authEvents.kind, userId: authEvents.userId, address: authEvents.address })
      .from(authEvents)
      .where(eq(authEvents.username, username))
      .orderBy(authEvents.id)
  ).map((e) => ({ ...e, userId: e.userId === null ? null : "user" }));

describe("sign-in throttling", () => {
  it("answers a real and a made-up name identically, wrong or throttled", async () => {
    const real = await newUser();
    const madeUp = `khong-co-${real}`;
    const answers: Record<string, { status: number; body: unknown }[]> = { [real]: [], [madeUp]: [] };
    for (const name of [real, madeUp]) {
      for (let i = 0; i < 7; i++) {
        const res = await signIn(name, `sai-${i}`, "192.0.2.10");
        answers[name]!.push({ status: res.status, body: await res.json() });
      }
    }
    expect(answers[real]!.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(answers[madeUp]).toEqual(answers[real]);
  });

  it("never lets five requests lock an account out for everyone", async () => {
    const victim = await newUser();
    for (let i = 0; i < 5; i++) expect((await signIn(victim, `doan-${i}`, "192.0.2.20")).status).toBe(401);
    expect((await signIn(victim, TEST_PASSWORD, "192.0.2.20")).status).toBe(429);
    expect((await signIn(victim, TEST_PASSWORD, "192.0.2.21")).status).toBe(200);
  });

  it("backs off, doubling the wait, and lets the right password in once it has passed", async () => {
    const username = await newUser();
    const db = database.db;
    const t0 = Date.parse("2026-03-02T08:00:00Z");
    const at = (seconds: number) => new Date(t0 + seconds * 1000);
    const attempt = (password: string, seconds: number) =>
      login({ db, input: { username, password }, address: "192.0.2.30", now: at(seconds) });
    for (let i = 0; i < 5; i++) await expect(attempt("sai", i)).rejects.toMatchObject({ status: 401 });
    await expect(attempt(TEST_PASSWORD, 30)).rejects.toMatchObject({
      status: 429,
      message: expect.stringContaining("2 phút"),
    });
    // The sixth attempt (at 30 s) was refused unseen; the seventh needs 2 minutes after it.
    await expect(attempt(TEST_PASSWORD, 30 + 100)).rejects.toMatchObject({ status: 429 });
    const ok = await attempt(TEST_PASSWORD, 130 + 240);
    expect(ok.token).toBeTruthy();
    const [left] = await db
      .select()
      .from(signInThrottle)
      .where(eq(signInThrottle.key, pairKey("192.0.2.30", username)));
    expect(left).toBeUndefined();
  });

  it("counts 50 parallel wrong guesses as 50 and checks only the first five", async () => {
    const username = await newUser();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => signIn(username, `song-song-${i}`, "192.0.2.40")),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(45);
    const [row] = await database.db
      .select({ attempts: signInThrottle.attempts })
      .from(signInThrottle)
      .where(eq(signInThrottle.key, pairKey("192.0.2.40", username)));
    expect(row?.attempts).toBe(50);
  });

  it("slows one address trying many names, but not other addresses", async () => {
    const real = await newUser();
    for (let i = 0; i < 30; i++)
      expect((await signIn(`rai-${i}-${real}`, "x", "192.0.2.50")).status).toBe(401);
    expect((await signIn(real, TEST_PASSWORD, "192.0.2.50")).status).toBe(429);
    expect((await signIn(real, TEST_PASSWORD, "192.0.2.51")).status).toBe(200);
  });

  it("records every sign-in, failure, refusal and sign-out, unknown names included", async () => {
    const username = await newUser();
    expect((await signIn(username, "sai", "192.0.2.60")).status).toBe(401);
    const ok = await signIn(username, TEST_PASSWORD, "192.0.2.60");
    const cookie = (ok.headers.get("set-cookie") ?? "").split(";")[0]!;
    const { data } = (await ok.json()) as { data: { csrfToken: string } };
    const out = await app.request(
      "/api/auth/logout",
      { method: "POST", headers: { cookie, "x-csrf-token": data.csrfToken } },
      from("192.0.2.61"),
    );
    expect(out.status).toBe(200);
    expect(await eventsOf(username)).toEqual([
      { kind: "sign_in_failed", userId: "user", address: "192.0.2.60" },
      { kind: "sign_in", userId: "user", address: "192.0.2.60" },
      { kind: "sign_out", userId: "user", address: "192.0.2.61" },
    ]);
    const ghost = `ma-${username}`;
    for (let i = 0; i < 6; i++) await signIn(ghost, "sai", "192.0.2.62");
    expect((await eventsOf(ghost)).map((e) => [e.kind, e.userId])).toEqual([
      ...Array(5).fill(["sign_in_failed", null]),
      ["sign_in_throttled", null],
    ]);
  });
});
