import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/open";
import { openTestDatabase } from "../db/testing";
import { grant, makeCouncil, makeUser, TEST_PASSWORD } from "../test-support/factories";
import { createApp } from "./app";
import { type ServerConfig, serverConfigFromEnv } from "./config";

let database: Database;
let username: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const { councilId } = await makeCouncil(database.db);
  username = (await makeUser(database.db, [grant("observer", councilId)])).username;
});
afterAll(async () => {
  await database?.close();
});

const appWith = (env: NodeJS.ProcessEnv) =>
  createApp({ db: database.db, databaseKind: database.kind, config: serverConfigFromEnv(env) });

/** What Node sees behind nginx: plain http from the proxy's address, the user's view in X-Forwarded-*. */
function viaProxy(app: ReturnType<typeof appWith>, body: unknown, headers: Record<string, string> = {}) {
  return app.request(
    "http://127.0.0.1:3000/api/auth/login",
    {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "https://thidua.example.vn",
        "x-forwarded-proto": "https",
        "x-forwarded-host": "thidua.example.vn",
        ...headers,
      },
      body: JSON.stringify(body),
    },
    { incoming: { socket: { remoteAddress: "127.0.0.1" } } },
  );
}

describe("behind an HTTPS reverse proxy", () => {
  it("signs in with THIDUA_PUBLIC_URL, and the session cookie is Secure", async () => {
    const app = appWith({ THIDUA_PUBLIC_URL: "https://thidua.example.vn/" });
    const res = await viaProxy(app, { username, password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/thidua_session=.+; Secure/);
  });

  it("refuses an Origin that is not the public address, even Node's own", async () => {
    const app = appWith({ THIDUA_PUBLIC_URL: "https://thidua.example.vn" });
    for (const origin of ["http://127.0.0.1:3000", "https://evil.example", "null"]) {
      const res = await viaProxy(app, { username, password: TEST_PASSWORD }, { origin });
      expect(res.status, origin).toBe(403);
    }
  });

  it("believes X-Forwarded-* only when THIDUA_TRUST_PROXY says so", async () => {
    expect((await viaProxy(appWith({}), { username, password: TEST_PASSWORD })).status).toBe(403);
    const trusting = await viaProxy(appWith({ THIDUA_TRUST_PROXY: "1" }), {
      username,
      password: TEST_PASSWORD,
    });
    expect(trusting.status).toBe(200);
    expect(trusting.headers.get("set-cookie")).toMatch(/; Secure/);
  });

  it("throttles by the address the trusted proxy reports, and ignores one a client made up", async () => {
    const trusting = appWith({ THIDUA_PUBLIC_URL: "https://thidua.example.vn", THIDUA_TRUST_PROXY: "1" });
    const guess = (forwardedFor: string, password = "sai") =>
      viaProxy(trusting, { username, password }, { "x-forwarded-for": forwardedFor });
    // The client writes "6.6.6.x"; nginx appends the address it saw, which is the one believed.
    for (let i = 0; i < 5; i++) expect((await guess(`6.6.6.${i}, 203.0.113.5`)).status).toBe(401);
    expect((await guess("6.6.6.99, 203.0.113.5", TEST_PASSWORD)).status).toBe(429);
    expect((await guess("203.0.113.6", TEST_PASSWORD)).status).toBe(200);

    const naive = appWith({ THIDUA_PUBLIC_URL: "https://thidua.example.vn" });
    const direct = (forwardedFor: string, password = "sai") =>
      viaProxy(naive, { username, password }, { "x-forwarded-for": forwardedFor });
    for (let i = 0; i < 5; i++) expect((await direct(`10.9.9.${i}`)).status).toBe(401);
    // Rotating a made-up X-Forwarded-For does not escape: without trust the socket's address counts.
    expect((await direct("10.9.9.200", TEST_PASSWORD)).status).toBe(429);
  });

  it("refuses a public URL or proxy setting an operator mistyped", () => {
    expect(() => serverConfigFromEnv({ THIDUA_PUBLIC_URL: "thidua.example.vn" })).toThrow(
      /THIDUA_PUBLIC_URL/,
    );
    expect(() => serverConfigFromEnv({ THIDUA_TRUST_PROXY: "yes" })).toThrow(/THIDUA_TRUST_PROXY/);
    expect(serverConfigFromEnv({ THIDUA_TRUST_PROXY: "true" }).trustProxyHops).toBe(1);
    const plain: ServerConfig = serverConfigFromEnv({});
    expect(plain).toEqual({
      publicOrigin: null,
      trustProxyHops: 0,
      forceSecureCookies: false,
      sessionIdleMinutes: 60,
    });
  });
});
