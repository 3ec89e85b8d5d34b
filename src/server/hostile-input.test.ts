import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/open";
import { openTestDatabase } from "../db/testing";
import { setUpCluster } from "../modules/assessments/test-fixtures";
import { TEST_PASSWORD } from "../test-support/factories";
import { call, type Session, signIn } from "../test-support/http";
import { type App, createApp } from "./app";
import { JSON_BODY_LIMIT, LARGE_BODY_ROUTES } from "./body-limits";
import { defaultServerConfig } from "./config";

let database: Database;
let app: App;
let setup: Awaited<ReturnType<typeof setUpCluster>>;
let admin: Session;
let editor: Session;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, databaseKind: database.kind, config: defaultServerConfig() });
  setup = await setUpCluster(database.db);
  admin = await signIn(app, setup.admin.username, TEST_PASSWORD);
  editor = await signIn(app, setup.editors[1]!.username, TEST_PASSWORD);
  // Building the fixture (a council, six units, a pact, twelve accounts) is slow on a busy machine.
}, 180_000);
afterAll(async () => {
  await database?.close();
});

const postLogin = (body: BodyInit, headers: Record<string, string> = {}) =>
  app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);

describe("one body limit on every /api body", () => {
  it("refuses a 2 MB anonymous sign-in with 413 in Vietnamese", async () => {
    const padded = JSON.stringify({ username: "admin", password: "x".repeat(2 * 1024 * 1024) });
    const res = await postLogin(padded);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: "too_large",
      message: "Dữ liệu gửi lên quá lớn (giới hạn 1 MB).",
    });
  });

  it("answers from Content-Length alone, without reading what follows", async () => {
    const res = await postLogin('{"username":"admin","password":"x"}', { "content-length": "419430400" });
    expect(res.status).toBe(413);
  });

  it("stops reading a streamed body that never ends once it passes the limit", async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const res = await postLogin(endless);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(JSON_BODY_LIMIT + 256 * 1024);
  });

  it("lets upload routes keep their larger limit", async () => {
    const twoMb = "x".repeat(2 * 1024 * 1024);
    const anonymousUpload = await app.request(`/api/clusters/${setup.cluster.id}/scoring-sheet`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=b" },
      body: twoMb,
    });
    expect(anonymousUpload.status).toBe(401);
    const importRes = await call(app, admin, "POST", "/api/imports/cluster-year", {
      format: "thidua.cluster-year/v1",
      padding: twoMb,
    });
    expect(importRes.status).toBe(400);
  });

  it("has a larger limit for every multipart route of the OpenAPI document, and no row for a route that is gone", async () => {
    const doc = (await (await app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
    };
    const multipart = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op.requestBody?.content["multipart/form-data"])
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    const listed = LARGE_BODY_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(multipart.length).toBeGreaterThan(0);
    for (const route of multipart) expect(listed, route).toContain(route);
    for (const route of listed) {
      const [method, path] = route.split(" ") as [string, string];
      expect(doc.paths[path]?.[method.toLowerCase()], route).toBeDefined();
    }
  });
});

const NUL = "\u0000";
const LONE = "\ud800";

describe("text PostgreSQL cannot store", () => {
  it("is refused with 400 and a located Vietnamese message wherever it appears", async () => {
    const one = `/api/clusters/${setup.cluster.id}/assessments/${setup.units[1]!.id}`;
    const pact = `/api/clusters/${setup.cluster.id}/pact`;
    const cases: [Session | null, string, string, unknown, string][] = [
      [null, "POST", "/api/auth/login", { username: `ad${NUL}min`, password: "x" }, "username"],
      [null, "POST", "/api/auth/login", { username: "admin", password: `x${LONE}` }, "password"],
      [
        editor,
        "PUT",
        `${one}/self-inputs`,
        { criterionCode: "I.1", value: { points: 1 }, note: `ghi chú${NUL}`, version: 0 },
        "note",
      ],
      [
        editor,
        "PUT",
        `${one}/self-inputs`,
        { criterionCode: "I.1", value: { level: `Tốt${LONE}` }, version: 0 },
        "value.level",
      ],
      [
        editor,
        "PUT",
        `${one}/explanations`,
        { criterionCode: "I.1", explanation: `a${LONE}b`, version: 1 },
        "explanation",
      ],
      [admin, "POST", `${pact}/amend`, { version: 1, criteria: [], reason: `lý do đủ dài ${NUL}` }, "reason"],
      [
        admin,
        "PUT",
        pact,
        { version: 1, criteria: [{ code: "I", title: `Tiêu đề${NUL}` }] },
        "criteria[0].title",
      ],
      [admin, "POST", `${pact}/sign`, { [`k${NUL}`]: 1, signerName: "Nguyễn Văn A" }, `k${NUL}`],
    ];
    for (const [session, method, path, body, where] of cases) {
      const res = await call(app, session, method, path, body);
      const label = `${method} ${path} ${where}`;
      expect(res.status, label).toBe(400);
      const json = (await res.json()) as { error: string; issues: { path: string; message: string }[] };
      expect(json.error, label).toBe("validation");
      expect(json.issues[0], label).toEqual({
        path: where,
        message: expect.stringMatching(/^Chứa ký tự không hợp lệ .* ở ký tự thứ \d+$/),
      });
    }
  });

  it("is refused in query strings too", async () => {
    const res = await call(app, admin, "GET", `/api/clusters/${setup.cluster.id}/ranking/why?a=%00&b=x`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe("a");
  });
});

describe("deep JSON", () => {
  it("is refused with 400 before anything recursive reads it", async () => {
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    const res = await postLogin(deep);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: "validation",
      issues: [{ path: "", message: "Dữ liệu lồng nhau quá sâu (tối đa 64 cấp)" }],
    });
    const imported = await app.request("/api/imports/cluster-year", {
      method: "POST",
      headers: { "content-type": "text/plain", cookie: admin.cookie, "x-csrf-token": admin.csrfToken },
      body: `{"format":"thidua.cluster-year/v1","units":${"[".repeat(9000)}${"]".repeat(9000)}}`,
    });
    expect(imported.status).toBe(400);
    expect(((await imported.json()) as { message: string }).message).toContain("quá sâu");
  });

  it("of 64 levels is still read", async () => {
    const body = `{"username":"a","password":"b","x":${"[".repeat(63)}${"]".repeat(63)}}`;
    expect((await postLogin(body)).status).toBe(401);
  });
});
