import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/open";
import { openDemoTestDatabase } from "../db/testing";
import { DEMO_PASSWORD } from "../demo/seed-data";
import { call, type Session, signIn } from "../test-support/http";
import { type App, createApp } from "./app";

let database: Database;
let app: App;
let admin: Session;
let halong: Session;
let clusterId: string;

beforeAll(async () => {
  // The demo as createDemo() makes it, built once per run (src/db/testing.ts).
  database = await openDemoTestDatabase();
  app = createApp({ db: database.db, databaseKind: database.kind });
  admin = await signIn(app, "admin", DEMO_PASSWORD);
  halong = await signIn(app, "halong", DEMO_PASSWORD);
  const list = await call(app, admin, "GET", "/api/clusters?year=2020");
  clusterId = ((await list.json()) as { data: { id: string }[] }).data[0]!.id;
});
afterAll(async () => {
  await database?.close();
});

const routes = () =>
  [
    ["GET", "/api/auth/me"],
    ["POST", "/api/auth/logout"],
    ["GET", "/api/years"],
    ["GET", "/api/clusters"],
    ["GET", `/api/clusters/${clusterId}`],
    ["POST", `/api/clusters/${clusterId}/clone`],
    ["GET", "/api/orgs"],
    ["GET", "/api/orgs/00000000-0000-4000-8000-000000000000"],
    ["GET", "/api/people"],
  ] as const;

describe("sign-in and sessions", () => {
  it("signs in, knows who is signed in, and signs out", async () => {
    const session = await signIn(app, "uongbi", DEMO_PASSWORD);
    const me = await call(app, session, "GET", "/api/auth/me");
    expect(me.status).toBe(200);
    const body = (await me.json()) as {
      data: { user: { username: string; grants: { role: string; unitName: string }[] } };
    };
    expect(body.data.user.username).toBe("uongbi");
    expect(body.data.user.grants[0]).toMatchObject({ role: "unit_editor" });
    expect((await call(app, session, "POST", "/api/auth/logout")).status).toBe(200);
    expect((await call(app, session, "GET", "/api/auth/me")).status).toBe(401);
  });

  it("sets an HttpOnly, SameSite session cookie", async () => {
    const res = await call(app, null, "POST", "/api/auth/login", {
      username: "campha",
      password: DEMO_PASSWORD,
    });
    expect(res.headers.get("set-cookie")).toMatch(
      /thidua_session=.+; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax/,
    );
  });

  it("answers a wrong password and an unknown user alike, in Vietnamese", async () => {
    for (const body of [
      { username: "admin", password: "sai-mat-khau" },
      { username: "khong-co", password: "x" },
    ]) {
      const res = await call(app, null, "POST", "/api/auth/login", body);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({
        error: "invalid_credentials",
        message: "Tên đăng nhập hoặc mật khẩu không đúng.",
      });
    }
  });

  it("slows a guesser at one account down, without locking the account for anyone else", async () => {
    const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
    const attempt = (password: string, address: string) =>
      app.request(
        "/api/auth/login",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username: "mongcai", password }),
        },
        from(address),
      );
    for (let i = 0; i < 5; i++) expect((await attempt(`sai-${i}`, "203.0.113.9")).status).toBe(401);
    const throttled = await attempt(DEMO_PASSWORD, "203.0.113.9");
    expect(throttled.status).toBe(429);
    expect(((await throttled.json()) as { message: string }).message).toMatch(/Vui lòng thử lại sau 2 phút/);
    expect((await attempt(DEMO_PASSWORD, "198.51.100.7")).status).toBe(200);
  });

  it("refuses a sign-in posted from another site", async () => {
    const res = await app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ username: "admin", password: DEMO_PASSWORD }),
    });
    expect(res.status).toBe(403);
  });

  it("locates every problem of a malformed sign-in", async () => {
    const res = await call(app, null, "POST", "/api/auth/login", { username: "" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(body.error).toBe("validation");
    expect(body.issues).toEqual(
      expect.arrayContaining([
        { path: "username", message: "Hãy nhập tên đăng nhập" },
        { path: "password", message: expect.any(String) },
      ]),
    );
  });

  it("words the issues in English for the English interface, and Zod's own messages in Vietnamese", async () => {
    const body = { username: "", password: 42 };
    const vi = (await (await call(app, null, "POST", "/api/auth/login", body)).json()) as {
      issues: { path: string; message: string }[];
    };
    // A contract with no wording of its own gets Zod's Vietnamese, never its English.
    expect(vi.issues.find((i) => i.path === "password")?.message).toMatch(/^Đầu vào không hợp lệ/);
    const res = await call(app, null, "POST", "/api/auth/login", body, { language: "en-US,en;q=0.9" });
    expect(res.status).toBe(400);
    const en = (await res.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(en.error).toBe("validation");
    expect(en.issues).toEqual(
      expect.arrayContaining([
        { path: "username", message: "Too small: expected string to have >=1 characters" },
        { path: "password", message: "Invalid input: expected string" },
      ]),
    );
  });
});

describe("the 401/403 matrix", () => {
  it("answers 401 with a Vietnamese message to every route without a session", async () => {
    for (const [method, path] of routes()) {
      const res = await call(app, null, method, path, method === "POST" ? { year: 2022 } : undefined);
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(await res.json()).toMatchObject({
        error: "unauthenticated",
        message: expect.stringMatching(/đăng nhập/),
      });
    }
  });

  it("answers 403 csrf to every unsafe route without the token", async () => {
    for (const [method, path] of routes().filter(([m]) => m === "POST")) {
      const res = await call(app, admin, method, path, { year: 2022 }, { csrf: false });
      expect(res.status, path).toBe(403);
      expect(((await res.json()) as { error: string }).error).toBe("csrf");
    }
  });

  it("forbids a unit editor to clone a cluster, and lets the council admin", async () => {
    const denied = await call(app, halong, "POST", `/api/clusters/${clusterId}/clone`, { year: 2022 });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({
      error: "forbidden",
      message: "Bạn không có quyền thực hiện thao tác này.",
    });
    const done = await call(app, admin, "POST", `/api/clusters/${clusterId}/clone`, { year: 2022 });
    expect(done.status).toBe(200);
    expect(((await done.json()) as { data: { year: number; memberCount: number } }).data).toMatchObject({
      year: 2022,
      memberCount: 6,
    });
  });

  it("hides clusters and organisations from a user of another scope with 404", async () => {
    const quansat = await signIn(app, "quansat", DEMO_PASSWORD);
    expect((await call(app, quansat, "GET", `/api/clusters/${clusterId}`)).status).toBe(200);
    const res = await call(app, halong, "GET", "/api/clusters/00000000-0000-4000-8000-000000000000");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "not_found", message: "Cụm thi đua không tồn tại." });
  });

  it("validates path and body with located issues", async () => {
    const bad = await call(app, admin, "GET", "/api/clusters/khong-phai-uuid");
    expect(bad.status).toBe(400);
    const badYear = await call(app, admin, "POST", `/api/clusters/${clusterId}/clone`, { year: "năm sau" });
    expect(badYear.status).toBe(400);
    expect(((await badYear.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe("year");
  });
});

describe("the demo over HTTP", () => {
  it("shows a unit editor the 2020 cluster with its six members, named as in 2020", async () => {
    const res = await call(app, halong, "GET", `/api/clusters/${clusterId}`);
    const { data } = (await res.json()) as { data: { name: string; members: { name: string }[] } };
    expect(data.name).toBe("Cụm thi đua Ban Tuyên giáo các thị ủy, thành ủy");
    expect(data.members.map((m) => m.name)).toEqual([
      "Ban Tuyên giáo Thành ủy Hạ Long",
      "Ban Tuyên giáo Thành ủy Uông Bí",
      "Ban Tuyên giáo Thành ủy Cẩm Phả",
      "Ban Tuyên giáo Thành ủy Móng Cái",
      "Ban Tuyên giáo Thị ủy Đông Triều",
      "Ban Tuyên giáo Thị ủy Quảng Yên",
    ]);
  });

  it("has the 2020 pact from the propaganda table, signed by all six units and locked", async () => {
    const res = await call(app, halong, "GET", `/api/clusters/${clusterId}/pact`);
    const { data } = (await res.json()) as {
      data: {
        pact: { status: string; maxPoints: number; members: { signature: { signerName: string } | null }[] };
      };
    };
    expect(data.pact.status).toBe("locked");
    expect(data.pact.maxPoints).toBe(100);
    expect(data.pact.members.map((m) => m.signature?.signerName)).toContain("Phan Thị Hải Hường");
    expect(data.pact.members.every((m) => m.signature !== null)).toBe(true);
  });

  it("has all six 2020 assessments published, with the final totals of the demo's year", async () => {
    const res = await call(app, halong, "GET", `/api/clusters/${clusterId}/assessments`);
    const { data } = (await res.json()) as {
      data: { unitName: string; status: string; finalTotal: number | null }[];
    };
    expect(data.map((a) => a.status)).toEqual(Array(6).fill("published"));
    const totals = Object.fromEntries(data.map((a) => [a.unitName, a.finalTotal]));
    expect(totals).toMatchObject({
      "Ban Tuyên giáo Thành ủy Hạ Long": 104.26,
      "Ban Tuyên giáo Thành ủy Móng Cái": 67.36,
    });
  });

  it("serves health, the OpenAPI document and the docs page without a session", async () => {
    expect(await (await app.request("/api/health")).json()).toEqual({ data: { status: "ok" } });
    expect(await (await call(app, admin, "GET", "/api/health")).json()).toEqual({
      data: { status: "ok", database: database.kind },
    });
    const doc = (await (await app.request("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/auth/login", "/api/clusters", "/api/clusters/{id}"]),
    );
    const docs = await app.request("/api/docs");
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("swagger-ui");
    expect((await app.request("/api/docs/assets/swagger-ui-bundle.js")).status).toBe(200);
  });

  it("sends security headers", async () => {
    const res = await app.request("/api/health");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });
});
