import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { assessmentRoutes } from "./routes";
import { submitAssessment } from "./submit-assessment";
import { ELF, fillSelf, PDF, setUpCluster } from "./test-fixtures";

let database: Database;
let app: App;
let s: Awaited<ReturnType<typeof setUpCluster>>;
let unit1: Session;
let unit2: Session;
let head: Session;
let base: string;

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpCluster(database.db);
  app = createApp({ db: database.db, databaseKind: database.kind });
  // Until the lead mounts the router in app.ts, mount it here; once mounted, this is skipped.
  if (!app.routes.some((r) => r.path.includes("/assessments"))) app.route("/", assessmentRoutes);
  unit1 = await signIn(app, s.editors[1]!.username, TEST_PASSWORD);
  unit2 = await signIn(app, s.editors[2]!.username, TEST_PASSWORD);
  head = await signIn(app, s.head.username, TEST_PASSWORD);
  base = `/api/clusters/${s.cluster.id}/assessments`;
});
afterAll(async () => {
  await database?.close();
});

type Body = {
  error?: string;
  message?: string;
  issues?: { path: string; message: string }[];
  data?: unknown;
};
const json = async (res: Response) => (await res.json()) as Body;
const upload = (session: Session | null, unitId: string, name: string, bytes: Uint8Array, csrf = true) => {
  const form = new FormData();
  form.set("criterionCode", "I.2");
  form.set("file", new File([Buffer.from(bytes)], name));
  const headers: Record<string, string> = {};
  if (session) headers.cookie = session.cookie;
  if (session && csrf) headers["x-csrf-token"] = session.csrfToken;
  return app.request(`${base}/${unitId}/evidence`, { method: "POST", headers, body: form });
};

describe("assessment endpoints", () => {
  it("saves, lists and reads over HTTP, and uploads and downloads evidence", async () => {
    const unitId = s.units[1]!.id;
    const saved = await call(app, unit1, "PUT", `${base}/${unitId}/self-inputs`, {
      criterionCode: "I.2",
      value: { points: 5.5 },
      note: "6 đợt tuyên truyền",
      version: 0,
    });
    expect(saved.status).toBe(200);
    expect((await json(saved)).data).toEqual({ criterionCode: "I.2", version: 1, value: { points: 5.5 } });
    const up = await upload(unit1, unitId, "Kế hoạch tuyên truyền.pdf", PDF);
    expect(up.status).toBe(200);
    const { id } = (await json(up)).data as { id: string };
    const down = await call(app, unit1, "GET", `${base}/${unitId}/evidence/${id}`);
    expect(down.status).toBe(200);
    expect(down.headers.get("content-type")).toBe("application/pdf");
    expect(down.headers.get("content-disposition")).toContain("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch");
    expect(Buffer.from(await down.arrayBuffer()).equals(Buffer.from(PDF))).toBe(true);
    const detail = (await json(await call(app, unit1, "GET", `${base}/${unitId}`))).data as {
      status: string;
      criteria: { code: string; self: unknown; evidence: unknown[] }[];
    };
    expect(detail.status).toBe("draft");
    expect(detail.criteria.find((c) => c.code === "I.2")).toMatchObject({
      self: { value: { points: 5.5 }, note: "6 đợt tuyên truyền" },
      evidence: [{ name: "Kế hoạch tuyên truyền.pdf" }],
    });
    const list = await call(app, head, "GET", base);
    expect(list.status).toBe(200);
    expect(((await json(list)).data as unknown[]).length).toBe(6);
  });

  it("answers 400 with every issue located, in Vietnamese", async () => {
    const res = await call(app, unit1, "PUT", `${base}/${s.units[1]!.id}/self-inputs`, {
      criterionCode: "I.2",
      value: { points: 7 },
      version: 1,
    });
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({
      error: "validation",
      message: "Dữ liệu không hợp lệ — value.points: không được vượt quá 6 (điểm tối đa của tiêu chí I.2)",
      issues: [{ path: "value.points", message: "không được vượt quá 6 (điểm tối đa của tiêu chí I.2)" }],
    });
    const shape = await call(app, unit1, "PUT", `${base}/${s.units[1]!.id}/self-inputs`, {
      criterionCode: "I.2",
      value: 5,
    });
    expect(shape.status).toBe(400);
    expect((await json(shape)).issues?.map((i) => i.path).sort()).toEqual(["value", "version"]);
    expect((await call(app, unit1, "GET", `${base}/khong-phai-uuid`)).status).toBe(400);
  });

  it("answers 401 without a session", async () => {
    const res = await call(app, null, "GET", base);
    expect(res.status).toBe(401);
    expect((await json(res)).error).toBe("unauthenticated");
    expect((await upload(null, s.units[1]!.id, "a.pdf", PDF)).status).toBe(401);
  });

  it("answers 403 to a unit finalizing its own result, and without the CSRF token", async () => {
    const unitId = s.units[3]!.id;
    await fillSelf(s.db, s.editors[3]!.actor, s.cluster.id, unitId);
    await submitAssessment({ db: s.db, actor: s.editors[3]!.actor, clusterId: s.cluster.id, unitId });
    const unit3 = await signIn(app, s.editors[3]!.username, TEST_PASSWORD);
    const res = await call(app, unit3, "POST", `${base}/${unitId}/finalize`, { version: 1 });
    expect(res.status).toBe(403);
    expect(await json(res)).toEqual({
      error: "forbidden",
      message: "Bạn không có quyền thực hiện thao tác này.",
    });
    const noCsrf = await call(app, head, "POST", `${base}/${unitId}/complete-review`, {}, { csrf: false });
    expect(noCsrf.status).toBe(403);
    expect((await json(noCsrf)).error).toBe("csrf");
  });

  it("answers 404 for another unit's draft and for a cluster one cannot see", async () => {
    const res = await call(app, unit2, "GET", `${base}/${s.units[1]!.id}`);
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual({ error: "not_found", message: "Bản chấm điểm không tồn tại." });
    const other = await call(
      app,
      unit2,
      "GET",
      "/api/clusters/00000000-0000-4000-8000-000000000000/assessments",
    );
    expect(other.status).toBe(404);
    expect((await upload(unit2, s.units[1]!.id, "a.pdf", PDF)).status).toBe(404);
  });

  it("answers 409 to a stale version, showing the value saved meanwhile", async () => {
    const url = `${base}/${s.units[2]!.id}/self-inputs`;
    const body = { criterionCode: "V.2", value: { points: 4 }, version: 0 };
    expect((await call(app, unit2, "PUT", url, body)).status).toBe(200);
    const res = await call(app, unit2, "PUT", url, { ...body, value: { points: 3 } });
    expect(res.status).toBe(409);
    const err = await json(res);
    expect(err.error).toBe("conflict");
    expect(err.message).toMatch(/điểm tự chấm hiện là 4 điểm/);
  });

  it("answers 415 to a program renamed .pdf and to a body that is not multipart", async () => {
    const res = await upload(unit2, s.units[2]!.id, "minh-chung.pdf", ELF);
    expect(res.status).toBe(415);
    expect(await json(res)).toMatchObject({ error: "invalid_file", issues: [{ path: "file" }] });
    const asJson = await call(app, unit2, "POST", `${base}/${s.units[2]!.id}/evidence`, {
      criterionCode: "I.2",
    });
    expect(asJson.status).toBe(415);
  });

  it("describes every endpoint in the OpenAPI document", async () => {
    const doc = (await (await app.request("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    const paths = Object.keys(doc.paths).filter(
      (p) => p.includes("assessments") || p.includes("cross-scoring"),
    );
    expect(paths.sort()).toEqual(
      [
        "/api/clusters/{id}/assessments",
        "/api/clusters/{id}/assessments/{unitId}",
        "/api/clusters/{id}/assessments/{unitId}/complete-review",
        "/api/clusters/{id}/assessments/{unitId}/corrections",
        "/api/clusters/{id}/assessments/{unitId}/evidence",
        "/api/clusters/{id}/assessments/{unitId}/evidence/{fileId}",
        "/api/clusters/{id}/assessments/{unitId}/explanations",
        "/api/clusters/{id}/assessments/{unitId}/explanations/send",
        "/api/clusters/{id}/assessments/{unitId}/inputs",
        "/api/clusters/{id}/assessments/{unitId}/finalize",
        "/api/clusters/{id}/assessments/{unitId}/request-explanation",
        "/api/clusters/{id}/assessments/{unitId}/review-inputs",
        "/api/clusters/{id}/assessments/{unitId}/self-inputs",
        "/api/clusters/{id}/assessments/{unitId}/submit",
        "/api/clusters/{id}/cross-scoring",
        "/api/clusters/{id}/cross-scoring/{reviewerUnitId}/{reviewedUnitId}",
      ].sort(),
    );
  });
});
