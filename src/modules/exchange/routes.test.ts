import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseClusterYear } from "../../core/scoring";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { IMPORT_BODY_LIMIT } from "../../server/body-limits";
import { grant, makeCouncil, makeUnits, makeUser, system, TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { paddedWorkbook } from "../../test-support/zip-bomb";
import { rankingRoutes } from "../rankings/routes";
import { importClusterYear } from "./import-cluster-year";
import { MAX_SHEET_BYTES } from "./import-scoring-sheet";
import { exchangeRoutes } from "./routes";
import { XLSX_MIME } from "./xlsx";

const fixture = (name: string) =>
  readFileSync(new URL(`../../core/scoring/fixtures/${name}`, import.meta.url), "utf8");

let database: Database;
let app: App;
let clusterId: string;
let councilId: string;
const sessions: Record<string, Session> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  app = createApp({ db, databaseKind: database.kind });
  app.route("/", rankingRoutes);
  app.route("/", exchangeRoutes);
  ({ councilId } = await makeCouncil(db));
  clusterId = (await importClusterYear({ db, actor: system, councilId, text: fixture("cum1-2020.json") }))
    .clusterId;
  const [unit] = await makeUnits(db, councilId, ["Ban Tuyên giáo Vân Đồn"]);
  const other = await makeCouncil(db);
  const users = {
    admin: await makeUser(db, [grant("council_admin", councilId)]),
    observer: await makeUser(db, [grant("observer", councilId)]),
    editor: await makeUser(db, [grant("unit_editor", councilId, { unitId: unit!.id })]),
    stranger: await makeUser(db, [grant("council_admin", other.councilId)]),
  };
  for (const [k, u] of Object.entries(users)) sessions[k] = await signIn(app, u.username, TEST_PASSWORD);
});
afterAll(async () => {
  await database?.close();
});

const json = async <T = unknown>(res: Response) =>
  (await res.json()) as { data: T; error?: string; issues?: unknown[] };
const postText = (session: Session | null, path: string, body: string, csrf = true) =>
  app.request(path, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(session ? { cookie: session.cookie } : {}),
      ...(session && csrf ? { "x-csrf-token": session.csrfToken } : {}),
    },
    body,
  });

describe("ranking endpoints", () => {
  it("serves the published ranking, matrix and explanation to an observer", async () => {
    const r = await json<{ rows: { unit: string }[] }>(
      await call(app, sessions.observer!, "GET", `/api/clusters/${clusterId}/ranking`),
    );
    expect(r.data.rows.map((x) => x.unit)).toEqual(["HL", "UB", "CP", "MC", "QY", "DT"]);
    const m = await call(app, sessions.observer!, "GET", `/api/clusters/${clusterId}/ranking/matrix`);
    expect(m.status).toBe(200);
    expect((await json<{ scores: Record<string, Record<string, number>> }>(m)).data.scores.HL!.I).toBe(30);
    const why = await json(
      await call(app, sessions.observer!, "GET", `/api/clusters/${clusterId}/ranking/why?a=QY&b=MC`),
    );
    expect(why.data).toMatchObject({ ahead: "MC", decidedBy: "group:I" });
  });

  it("refuses with located, Vietnamese errors", async () => {
    const draft = await call(
      app,
      sessions.observer!,
      "GET",
      `/api/clusters/${clusterId}/ranking?stage=draft`,
    );
    expect(draft.status).toBe(403);
    const bad = await json(
      await call(app, sessions.observer!, "GET", `/api/clusters/${clusterId}/ranking?stage=tam`),
    );
    expect(bad).toMatchObject({ error: "validation", issues: [{ path: "stage" }] });
    const noB = await json(
      await call(app, sessions.observer!, "GET", `/api/clusters/${clusterId}/ranking/why?a=QY`),
    );
    expect(noB.issues).toEqual([{ path: "b", message: "Hãy chọn đơn vị thứ hai" }]);
    for (const path of ["ranking", "ranking/matrix", "ranking.xlsx", "export.json", "criteria.xlsx"]) {
      expect(
        (await call(app, sessions.stranger!, "GET", `/api/clusters/${clusterId}/${path}`)).status,
        path,
      ).toBe(404);
      expect((await call(app, null, "GET", `/api/clusters/${clusterId}/${path}`)).status, path).toBe(401);
    }
  });

  it("downloads the ranking as a real .xlsx", async () => {
    const res = await call(app, sessions.observer!, "GET", `/api/clusters/${clusterId}/ranking.xlsx`);
    expect(res.headers.get("content-type")).toBe(XLSX_MIME);
    expect(res.headers.get("content-disposition")).toContain('filename="xep-hang-CUM1-2020.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.getWorksheet("Xếp hạng")!.getRow(5).getCell(2).value).toBe("HL");
  });
});

describe("import and export endpoints", () => {
  it("exports the cluster-year file as a download", async () => {
    const res = await call(app, sessions.observer!, "GET", `/api/clusters/${clusterId}/export.json`);
    expect(res.headers.get("content-disposition")).toContain("CUM1-2020.cluster-year.json");
    expect(parseClusterYear(await res.text()).ok).toBe(true);
  });

  it("imports a file for the council's admin, then refuses it again with 409", async () => {
    const file = JSON.parse(fixture("cum1-2020.json"));
    file.cluster.code = "CUM2";
    const first = await postText(sessions.admin!, "/api/imports/cluster-year", JSON.stringify(file));
    expect(first.status).toBe(200);
    expect((await json(first)).data).toMatchObject({
      cluster: { code: "CUM2", created: true },
      assessments: 6,
    });
    const again = await postText(sessions.admin!, "/api/imports/cluster-year", JSON.stringify(file));
    expect(again.status).toBe(409);
  });

  it("refuses an import past its 20 MB limit with 413, declared or streamed, and writes nothing", async () => {
    const counts = async () => {
      const rows = await database.db.execute(
        sql`select (select count(*)::int from clusters) as c, (select count(*)::int from audit_log) as a`,
      );
      return (rows as unknown as { rows: unknown[] }).rows[0];
    };
    const before = await counts();
    const file = JSON.parse(fixture("cum1-2020.json")) as Record<string, unknown>;
    const big = JSON.stringify({ ...file, padding: " ".repeat(IMPORT_BODY_LIMIT) });
    const declared = await postText(sessions.admin!, "/api/imports/cluster-year", big);
    expect(declared.status).toBe(413);
    expect(await json(declared)).toMatchObject({
      error: "too_large",
      message: expect.stringMatching(/20 MB/),
    });
    const bytes = new TextEncoder().encode(big);
    let pulled = 0;
    const streamed = await app.request("/api/imports/cluster-year", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: sessions.admin!.cookie,
        "x-csrf-token": sessions.admin!.csrfToken,
      },
      body: new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled >= bytes.byteLength) return controller.close();
          controller.enqueue(bytes.subarray(pulled, pulled + 1024 * 1024));
          pulled += 1024 * 1024;
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await counts()).toEqual(before);
  });

  it("answers a bad file with 400 and every issue located, and refuses others", async () => {
    const bad = await postText(sessions.admin!, "/api/imports/cluster-year", fixture("bad-content.json"));
    expect(bad.status).toBe(400);
    expect((await json(bad)).issues).toHaveLength(7);
    const shape = await postText(
      sessions.admin!,
      "/api/imports/cluster-year",
      JSON.stringify({ format: "thidua.cluster-year/v1" }),
    );
    expect((await json(shape)).issues).toEqual(
      expect.arrayContaining([{ path: "cluster", message: "Bắt buộc" }]),
    );
    expect((await postText(sessions.admin!, "/api/imports/cluster-year", "{", false)).status).toBe(403);
    // Not an administrator anywhere: a refusal of the person, not of the file.
    expect(
      (await postText(sessions.editor!, "/api/imports/cluster-year", fixture("cum1-2020.json"))).status,
    ).toBe(403);
    const other = `/api/imports/cluster-year?councilId=${councilId}`;
    expect((await postText(sessions.editor!, other, fixture("cum1-2020.json"))).status).toBe(403);
    expect((await postText(sessions.stranger!, other, fixture("cum1-2020.json"))).status).toBe(404);
    const huge = await postText(sessions.admin!, "/api/imports/cluster-year", " ".repeat(21 * 1024 * 1024));
    expect(huge.status).toBe(413);
  });

  it("serves the criteria table and the scoring sheet, and reads a filled sheet back", async () => {
    const criteria = await call(app, sessions.observer!, "GET", `/api/clusters/${clusterId}/criteria.xlsx`);
    expect([criteria.status, criteria.headers.get("content-type")]).toEqual([200, XLSX_MIME]);
    const sheet = await call(
      app,
      sessions.admin!,
      "GET",
      `/api/clusters/${clusterId}/scoring-sheet.xlsx?unit=HL`,
    );
    expect(sheet.status).toBe(200);
    const sheetBytes = await sheet.arrayBuffer();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sheetBytes.slice(0));
    wb.getWorksheet("HL")!.getCell("D7").value = 11;
    const form = new FormData();
    form.set("file", new File([await wb.xlsx.writeBuffer()], "phieu.xlsx", { type: XLSX_MIME }));
    const upload = (body: FormData) =>
      app.request(`/api/clusters/${clusterId}/scoring-sheet?stage=review`, {
        method: "POST",
        headers: { cookie: sessions.admin!.cookie, "x-csrf-token": sessions.admin!.csrfToken },
        body,
      });
    const res = await upload(form);
    expect(res.status).toBe(400);
    expect((await json(res)).issues).toEqual([
      { path: "Trang 'HL', dòng 7, cột D", message: "Tiêu chí I.1: 11 vượt điểm tối đa 10" },
    ]);
    const empty = await upload(new FormData());
    expect((await json(empty)).issues).toEqual([
      { path: "file", message: "Hãy chọn tệp phiếu chấm (.xlsx)" },
    ]);
    // Saved all or nothing: the sheet as downloaded changes nothing; a change to a published result is refused.
    const asDownloaded = new ExcelJS.Workbook();
    await asDownloaded.xlsx.load(sheetBytes.slice(0));
    const same = new FormData();
    same.set("file", new File([await asDownloaded.xlsx.writeBuffer()], "phieu.xlsx", { type: XLSX_MIME }));
    const nothing = await upload(same);
    // The whole body, so a refusal shows its issues.
    expect([nothing.status, await json(nothing)]).toMatchObject([200, { data: { saved: true, count: 0 } }]);
    asDownloaded.getWorksheet("HL")!.getCell("D7").value = 9;
    asDownloaded.getWorksheet("HL")!.getCell("G7").value = "Thiếu minh chứng";
    const changed = new FormData();
    changed.set("file", new File([await asDownloaded.xlsx.writeBuffer()], "phieu.xlsx", { type: XLSX_MIME }));
    const locked = await upload(changed);
    expect(locked.status).toBe(409);
    expect((await json(locked)).issues).toEqual([
      { path: "Trang 'HL'", message: expect.stringContaining("Kết quả đã công bố và được khóa") },
    ]);
  });

  it("refuses a zip-bomb scoring sheet with 413 before exceljs inflates it", async () => {
    const sheet = await call(
      app,
      sessions.admin!,
      "GET",
      `/api/clusters/${clusterId}/scoring-sheet.xlsx?unit=HL`,
    );
    const bomb = await paddedWorkbook(new Uint8Array(await sheet.arrayBuffer()), 300 * 1024 * 1024, true);
    expect(bomb.byteLength).toBeLessThan(MAX_SHEET_BYTES);
    const form = new FormData();
    form.set("file", new File([Buffer.from(bomb)], "phieu.xlsx", { type: XLSX_MIME }));
    const res = await app.request(`/api/clusters/${clusterId}/scoring-sheet?stage=review`, {
      method: "POST",
      headers: { cookie: sessions.admin!.cookie, "x-csrf-token": sessions.admin!.csrfToken },
      body: form,
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: string; message: string };
    expect(body).toMatchObject({
      error: "too_large",
      message: expect.stringMatching(/^Tệp nén quá lớn khi giải nén/),
    });
  });
});
