import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReferenceDocumentView } from "../../contracts/reference-documents";
import type { TaskView } from "../../contracts/tasks";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { setUpTasks, type TaskSetup } from "./test-fixtures";

let database: Database;
let app: App;
let s: TaskSetup;
let admin: Session;
let head: Session;
let editor: Session;
let otherEditor: Session;
let observer: Session;
let foreign: Session;
let taskId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, databaseKind: database.kind });
  s = await setUpTasks(database.db);
  admin = await signIn(app, s.admin.username, TEST_PASSWORD);
  head = await signIn(app, s.head.username, TEST_PASSWORD);
  editor = await signIn(app, s.editors[0]!.username, TEST_PASSWORD);
  otherEditor = await signIn(app, s.editors[5]!.username, TEST_PASSWORD);
  observer = await signIn(app, s.observer.username, TEST_PASSWORD);
  foreign = await signIn(app, s.foreignAdmin.username, TEST_PASSWORD);
});
afterAll(async () => {
  await database?.close();
});

const body = async <T>(res: Response) => ((await res.json()) as { data: T }).data;
const newTask = {
  title: "Đổi mới nội dung, hình thức học tập, quán triệt các chỉ thị, nghị quyết của Đảng",
  assignTo: "all",
  startDate: "2021-01-01",
  deadline: "2099-12-31",
  cadence: "half_yearly",
};

describe("tasks over HTTP", () => {
  it("lets the head create a task and refuses others (403 member, 404 foreign)", async () => {
    const input = { ...newTask, clusterId: s.cluster.id };
    expect((await call(app, editor, "POST", "/api/tasks", input)).status).toBe(403);
    expect((await call(app, observer, "POST", "/api/tasks", input)).status).toBe(403);
    expect((await call(app, foreign, "POST", "/api/tasks", input)).status).toBe(404);
    expect((await call(app, null, "POST", "/api/tasks", input)).status).toBe(401);
    const res = await call(app, head, "POST", "/api/tasks", input);
    expect(res.status).toBe(200);
    const task = await body<TaskView>(res);
    taskId = task.id;
    expect(task.assignments).toHaveLength(6);
    expect(task.status).toBe("not_started");
  });

  it("answers a deadline before the start with a located Vietnamese 400", async () => {
    const res = await call(app, head, "POST", "/api/tasks", {
      ...newTask,
      clusterId: s.cluster.id,
      startDate: "2021-06-01",
      deadline: "2021-01-31",
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: "validation",
      issues: [{ path: "deadline", message: "Hạn hoàn thành không được trước ngày bắt đầu" }],
    });
  });

  it("takes a unit's report and refuses a percentage above 100 and another unit's report", async () => {
    const report = { unitId: s.units[0]!.id, percent: 40, text: "Đã tổ chức 2 hội nghị quán triệt" };
    const ok = await call(app, editor, "POST", `/api/tasks/${taskId}/reports`, report);
    expect(ok.status).toBe(200);
    const view = await body<TaskView>(ok);
    expect(view.reports.map((r) => [r.unitName, r.percent])).toEqual([["Ban Tuyên giáo Hạ Long", 40]]);
    const tooMuch = await call(app, editor, "POST", `/api/tasks/${taskId}/reports`, {
      ...report,
      percent: 120,
    });
    expect(tooMuch.status).toBe(400);
    expect(((await tooMuch.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      "percent",
    ]);
    expect((await call(app, otherEditor, "POST", `/api/tasks/${taskId}/reports`, report)).status).toBe(403);
    expect((await call(app, foreign, "GET", `/api/tasks/${taskId}`)).status).toBe(404);
    expect((await call(app, observer, "GET", `/api/tasks/${taskId}`)).status).toBe(200);
  });

  it("keeps evidence of a report, checked by content", async () => {
    const view = await body<TaskView>(await call(app, editor, "GET", `/api/tasks/${taskId}`));
    const reportId = view.reports[0]!.id;
    const form = new FormData();
    const pdf = new TextEncoder().encode(
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    );
    form.append("file", new File([pdf], "Báo cáo quý.pdf"));
    const res = await app.request(`/api/tasks/${taskId}/reports/${reportId}/evidence`, {
      method: "POST",
      headers: { cookie: editor.cookie, "x-csrf-token": editor.csrfToken },
      body: form,
    });
    expect(res.status).toBe(200);
    const file = (await body<TaskView>(res)).reports[0]!.evidence[0]!;
    expect(file).toMatchObject({ name: "Báo cáo quý.pdf", mime: "application/pdf" });
    const download = await call(app, observer, "GET", `/api/tasks/${taskId}/evidence/${file.id}`);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
  });

  it("lists tasks with the cluster's roll-up and shows notifications of the current user", async () => {
    const list = await body<{ tasks: unknown[]; clusters: { progress: number }[] }>(
      await call(app, editor, "GET", `/api/tasks?clusterId=${s.cluster.id}`),
    );
    expect(list.tasks).toHaveLength(1);
    // One task, one unit of six at 40 %.
    expect(list.clusters[0]?.progress).toBeCloseTo(6.7, 5);
    const notes = await call(app, editor, "GET", "/api/notifications");
    expect(await body(notes)).toEqual({ items: [], unread: 0, email: null });
    const email = await call(app, editor, "PUT", "/api/notifications/email", { email: "khong-phai-email" });
    expect(email.status).toBe(400);
  });
});

describe("the reference registry over HTTP", () => {
  it("parses symbols, including what it cannot read", async () => {
    const res = await call(
      app,
      editor,
      "GET",
      `/api/reference-documents/parse?symbol=${encodeURIComponent("Số: 12/BC-UBND")}`,
    );
    expect(await body(res)).toMatchObject({
      readable: true,
      canonical: "12/BC-UBND",
      typeName: "Báo cáo",
      issuer: "UBND",
    });
    const bad = await call(
      app,
      editor,
      "GET",
      `/api/reference-documents/parse?symbol=${encodeURIComponent("NQ 11")}`,
    );
    expect(await body(bad)).toMatchObject({ readable: false, typed: "NQ 11" });
  });

  it("registers a document as typed when unreadable, links replacements, and refuses stale edits", async () => {
    const base = {
      councilId: s.councilId,
      issuingBody: "Tỉnh ủy Quảng Ninh",
      title: "Về công tác tuyên giáo",
    };
    expect(
      (await call(app, editor, "POST", "/api/reference-documents", { ...base, symbol: "05-CT/TU" })).status,
    ).toBe(403);
    expect(
      (await call(app, foreign, "POST", "/api/reference-documents", { ...base, symbol: "05-CT/TU" })).status,
    ).toBe(404);
    const odd = await body<{ id: string; symbolReadable: boolean; symbol: string; typeName: string | null }>(
      await call(app, head, "POST", "/api/reference-documents", { ...base, symbol: "Số 05 CT TU" }),
    );
    expect(odd).toMatchObject({ symbol: "Số 05 CT TU", symbolReadable: false, typeName: null });
    const newer = await body<{ id: string }>(
      await call(app, admin, "POST", "/api/reference-documents", {
        ...base,
        symbol: "Số 17-CT/TU",
        issuedOn: "2021-05-01",
      }),
    );
    const edit = {
      ...base,
      symbol: "05-CT/TU",
      replacedById: newer.id,
      validFrom: "2016-01-01",
      validTo: "2021-04-30",
    };
    const fixed = await call(app, admin, "PUT", `/api/reference-documents/${odd.id}`, {
      ...edit,
      version: 1,
    });
    expect(fixed.status).toBe(200);
    expect(await body(fixed)).toMatchObject({
      symbolReadable: true,
      canonicalSymbol: "05-CT/TU",
      typeName: "Chỉ thị",
      version: 2,
    });
    expect(
      (await call(app, admin, "PUT", `/api/reference-documents/${odd.id}`, { ...edit, version: 1 })).status,
    ).toBe(409);
    const backwards = await call(app, admin, "PUT", `/api/reference-documents/${odd.id}`, {
      ...edit,
      version: 2,
      validTo: "2015-01-01",
    });
    expect(((await backwards.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      "validTo",
    ]);
    const view = await body<ReferenceDocumentView>(
      await call(app, editor, "GET", `/api/reference-documents/${newer.id}`),
    );
    expect(view.replaces.map((d) => d.symbol)).toEqual(["05-CT/TU"]);
    expect(view.canEdit).toBe(false);
    const found = await body<{ symbol: string }[]>(
      await call(app, editor, "GET", "/api/reference-documents?q=11-NQ"),
    );
    expect(found.map((d) => d.symbol)).toEqual(["Số 11-NQ/TU"]);
    expect((await call(app, foreign, "GET", `/api/reference-documents/${newer.id}`)).status).toBe(404);
  });

  it("is in the OpenAPI document", async () => {
    const doc = (await (await app.request("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/tasks",
        "/api/tasks/{id}",
        "/api/tasks/{id}/reports",
        "/api/tasks/carry-to-pact",
        "/api/reference-documents",
        "/api/reference-documents/{id}",
        "/api/reference-documents/parse",
        "/api/notifications",
      ]),
    );
  });
});
