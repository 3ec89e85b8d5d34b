import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/open";
import { openTestDatabase } from "../db/testing";
import { attachEvidence } from "../modules/assessments/attach-evidence";
import { setUpCluster } from "../modules/assessments/test-fixtures";
import { uploadOf } from "../modules/files/put-blob";
import { TEST_PASSWORD } from "../test-support/factories";
import { call, type Session, signIn } from "../test-support/http";
import { lazyUpload, MULTIPART, multipartHead } from "../test-support/multipart";
import { type App, createApp } from "./app";
import { setUpMatrixRecords } from "./proofs/matrix-fixture";

// Every upload route of the OpenAPI document reads its body through the one streaming reader: the same
// cap, the same early stop, the same answers to a broken body; and it reads nothing before the caller is
// known to be allowed there (and the unit to have room). Nothing here reaches a use case with a file.

const MB = 1024 * 1024;
const KB = 1024;
let database: Database;
let app: App;
let admin: Session;
let observer: Session;
/** The editor of units[1], whose records the unit's routes act on; the council's admin for the others. */
let editor: Session;
const UNIT_ROUTES = new Set([
  "/api/clusters/{id}/assessments/{unitId}/evidence",
  "/api/tasks/{id}/reports/{reportId}/evidence",
  "/api/reports/{id}/files",
  "/api/practices/{id}/files",
]);
let s: Awaited<ReturnType<typeof setUpCluster>>;
/** Each upload route's template, with the real ids of the fixture (units[1]'s records). */
let real: Record<string, string>;
let uploadPaths: string[];

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpCluster(database.db);
  const records = await setUpMatrixRecords(s);
  app = createApp({ db: database.db, databaseKind: database.kind });
  admin = await signIn(app, s.admin.username, TEST_PASSWORD);
  observer = await signIn(app, s.observer.username, TEST_PASSWORD);
  editor = await signIn(app, s.editors[1]!.username, TEST_PASSWORD);
  const pact = (await (await call(app, admin, "GET", `/api/clusters/${s.cluster.id}/pact`)).json()) as {
    data: { pact: { version: number } };
  };
  const opened = await call(app, admin, "POST", `/api/clusters/${s.cluster.id}/pact/open-signing`, {
    version: pact.data.pact.version,
  });
  if (opened.status !== 200) throw new Error(`open signing: ${opened.status} ${await opened.text()}`);
  const unit = s.units[1]!.id;
  real = {
    "/api/clusters/{id}/assessments/{unitId}/evidence": `/api/clusters/${s.cluster.id}/assessments/${unit}/evidence`,
    "/api/clusters/{id}/pact/scan": `/api/clusters/${s.cluster.id}/pact/scan`,
    "/api/clusters/{id}/scoring-sheet": `/api/clusters/${s.cluster.id}/scoring-sheet`,
    "/api/tasks/{id}/reports/{reportId}/evidence": `/api/tasks/${records.taskId}/reports/${records.taskReportId}/evidence`,
    "/api/meetings/{id}/report/photos": `/api/meetings/${records.meetingId}/report/photos`,
    "/api/reports/{id}/files": `/api/reports/${records.reportOf.get(unit)}/files`,
    "/api/practices/{id}/files": `/api/practices/${records.practiceId}/files`,
  };
  const doc = (await (await app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
  };
  uploadPaths = Object.entries(doc.paths)
    .filter(([, ops]) => ops.post?.requestBody?.content["multipart/form-data"])
    .map(([path]) => path);
}, 120_000);
afterAll(async () => {
  delete process.env.THIDUA_UNIT_STORAGE_QUOTA_MB;
  await database?.close();
});

const post = async (
  path: string,
  body: BodyInit,
  contentType = MULTIPART,
  as = UNIT_ROUTES.has(path) ? editor : admin,
) =>
  app.request(real[path] ?? path, {
    method: "POST",
    headers: { cookie: as.cookie, "x-csrf-token": as.csrfToken, "content-type": contentType },
    body,
    duplex: "half",
  } as RequestInit);

describe("every upload route", () => {
  it("is found in the OpenAPI document (six attachment routes and the scoring sheet), each with real ids here", () => {
    expect(uploadPaths).toHaveLength(7);
    expect(uploadPaths.filter((p) => !real[p])).toEqual([]);
  });

  it("answers a caller who may not upload there with 403/404 before reading the body, even for a program", async () => {
    const program = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
    for (const path of uploadPaths) {
      const upload = lazyUpload({ name: "tep.pdf", start: program, size: 26 * MB });
      const res = await post(path, upload.body, MULTIPART, observer);
      expect([path, [403, 404].includes(res.status)]).toEqual([path, true]);
      expect(upload.pulled(), path).toBeLessThan(MB);
    }
  });

  it("stops an oversized file at the route's cap with 413 and its own message, reading little past it", async () => {
    for (const path of uploadPaths) {
      const upload = lazyUpload({ name: "to.pdf", start: Buffer.from("%PDF-1.4\n"), size: 26 * MB });
      const res = await post(path, upload.body);
      const body = (await res.json()) as { message: string; issues: { path: string }[] };
      expect([path, res.status], body.message).toEqual([path, 413]);
      expect(body.message).toMatch(/^Tệp "to\.pdf" lớn hơn giới hạn (20|5) MB\.$/);
      expect(body.issues).toEqual([{ path: "file", message: body.message }]);
      expect(upload.pulled(), path).toBeLessThan(21 * MB);
    }
  });

  it("answers a cut-off body with 400 at the file field, never 500", async () => {
    const cut = Buffer.concat([multipartHead({}, { name: "a.pdf" }), Buffer.from("%PDF-1.4\n")]);
    for (const path of uploadPaths) {
      const res = await post(path, cut);
      const body = (await res.json()) as { issues: { path: string; message: string }[] };
      expect([path, res.status]).toEqual([path, 400]);
      expect(body.issues[0]).toMatchObject({
        path: "file",
        message: expect.stringMatching(/^Không đọc được/),
      });
    }
  });
});

describe("the unit's storage quota", () => {
  const unitRoutes: Record<string, Record<string, string>> = {
    // Every route of UNIT_ROUTES, with the fields its body needs.
    "/api/clusters/{id}/assessments/{unitId}/evidence": { criterionCode: "I.1" },
    "/api/tasks/{id}/reports/{reportId}/evidence": {},
    "/api/reports/{id}/files": {},
    "/api/practices/{id}/files": {},
  };
  const pdfUpload = (size: number, fields: Record<string, string>) =>
    lazyUpload({ name: "them.pdf", start: Buffer.from("%PDF-1.4\n"), size, fields });
  const LIST = "(minh chứng, tệp báo cáo, mô hình và báo cáo nhiệm vụ)";

  it("counts every file the unit keeps: past the quota each kind of upload gets 413 naming the quota and the space used", async () => {
    const kept = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(600 * KB - 9)]);
    const at = {
      db: database.db,
      actor: s.editors[1]!.actor,
      clusterId: s.cluster.id,
      unitId: s.units[1]!.id,
    };
    await attachEvidence({ ...at, criterionCode: "I.2", file: await uploadOf("giu.pdf", kept) });
    process.env.THIDUA_UNIT_STORAGE_QUOTA_MB = "1";
    for (const [path, fields] of Object.entries(unitRoutes)) {
      const res = await post(path, pdfUpload(500 * KB, fields).body);
      const body = (await res.json()) as { message: string; issues: unknown[] };
      expect([path, res.status]).toEqual([path, 413]);
      const message = `Đơn vị đã dùng 600 KB trong hạn mức lưu trữ 1 MB ${LIST}; tệp này cần 500 KB. Hãy xóa bớt tệp cũ hoặc đề nghị quản trị tăng hạn mức.`;
      expect(body.message, path).toBe(message);
      expect(body.issues).toEqual([{ path: "file", message }]);
    }
    // A practice file counts as evidence does: 300 KB fit (900 KB used), then 200 KB of evidence do not.
    const fits = await post("/api/practices/{id}/files", pdfUpload(300 * KB, {}).body);
    expect(fits.status).toBe(200);
    const over = await post(
      "/api/clusters/{id}/assessments/{unitId}/evidence",
      pdfUpload(200 * KB, { criterionCode: "I.1" }).body,
    );
    expect(((await over.json()) as { message: string }).message).toMatch(
      /^Đơn vị đã dùng 900 KB trong hạn mức/,
    );

    // A unit already at its quota is refused before its upload's body is read.
    process.env.THIDUA_UNIT_STORAGE_QUOTA_MB = "0.5";
    for (const [path, fields] of Object.entries(unitRoutes)) {
      const upload = pdfUpload(5 * MB, fields);
      const res = await post(path, upload.body);
      const body = (await res.json()) as { message: string };
      expect([path, res.status]).toEqual([path, 413]);
      expect(body.message).toBe(
        `Đơn vị đã dùng 900 KB trong hạn mức lưu trữ 512 KB ${LIST}. Hãy xóa bớt tệp cũ hoặc đề nghị quản trị tăng hạn mức.`,
      );
      expect(upload.pulled(), path).toBeLessThan(MB);
    }
    delete process.env.THIDUA_UNIT_STORAGE_QUOTA_MB;
  });
});
