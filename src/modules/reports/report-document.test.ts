import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { createApp } from "../../server/app";
import {
  grant,
  makeCluster,
  makeCouncil,
  makeUnits,
  makeUser,
  system,
  TEST_PASSWORD,
} from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { setDocumentIssuer, setDocumentSettings } from "../documents/document-settings";
import { pdfPages, pdfText, unzipEntries } from "../documents/test-files";
import { addPerson } from "../people/add-person";
import { assignPosition } from "../people/assign-position";
import { listReports } from "./list-reports";
import { moveReport } from "./move-report";
import { openReportPeriod } from "./open-period";
import { saveReport } from "./save-report";

let database: Database;
let app: ReturnType<typeof createApp>;
let councilId: string;
let submittedId: string;
let draftId: string;
let editorB: Session;
let editorA: Session;
let outsider: Session;

const squash = (s: string) => s.replace(/\s+/g, " ");
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  ({ councilId } = await makeCouncil(db));
  const [a, b] = await makeUnits(db, councilId, [
    "Ban Tuyên giáo Thành ủy Hạ Long",
    "Ban Tuyên giáo Thị ủy Đông Triều",
  ]);
  const clusterId = (await makeCluster(db, councilId, [a!.id, b!.id], 2020, "CUMBC")).id;
  await setDocumentIssuer({
    db,
    actor: system,
    orgId: b!.id,
    input: {
      superiorBody: "Thị ủy Đông Triều",
      issuingBody: "Ban Tuyên giáo",
      symbol: "BTGTU",
      place: "Đông Triều",
    },
  });
  const person = await addPerson({
    db,
    actor: system,
    input: { councilId, fullName: "Nguyễn Thị Ngọc Ánh" },
  });
  await assignPosition({
    db,
    actor: system,
    input: {
      personId: person.id,
      orgId: b!.id,
      title: "Trưởng ban Tuyên giáo Thị ủy",
      validFrom: "2020-01-01",
    },
  });
  const { period } = await openReportPeriod({
    db,
    actor: system,
    input: { clusterId, kind: "year", deadline: "2020-11-15" },
  });
  const all = await listReports({ db, actor: system, query: { periodId: period.id } });
  submittedId = all.find((r) => r.unitId === b!.id)!.id;
  draftId = all.find((r) => r.unitId === a!.id)!.id;
  const b2 = await makeUser(db, [grant("unit_editor", councilId, { unitId: b!.id })]);
  await saveReport({
    db,
    actor: b2.actor,
    reportId: submittedId,
    input: {
      version: 1,
      sections: {
        fields: {
          "tuyen-truyen":
            "<p>Tổ chức <strong>62 hội nghị</strong> báo cáo viên.</p><ul><li>Đăng 1.450 tin, bài</li><li>Phát sóng 120 phóng sự</li></ul>",
        },
        highlights: "<p>Học tập nghị quyết trực tuyến đến 100% chi bộ.</p>",
        shortcomings: "<p>Một số chi bộ sinh hoạt chuyên đề còn hình thức.</p>",
      },
    },
  });
  await moveReport({
    db,
    actor: system,
    reportId: submittedId,
    move: "submit",
    input: { version: 2 },
    on: "2020-11-12",
  });

  app = createApp({ db, databaseKind: "pglite" });
  editorB = await signIn(app, b2.username, TEST_PASSWORD);
  const a2 = await makeUser(db, [grant("unit_editor", councilId, { unitId: a!.id })]);
  editorA = await signIn(app, a2.username, TEST_PASSWORD);
  const other = await makeCouncil(db, "Ban Tuyên giáo Tỉnh ủy Khác");
  outsider = await signIn(
    app,
    (await makeUser(db, [grant("council_admin", other.councilId)])).username,
    TEST_PASSWORD,
  );
}, 120_000);
afterAll(async () => {
  await database?.close();
});

describe("a unit's report as an official document", () => {
  it("prints the submitted report in the Party layout: its unit's header, the day it was submitted, its head's signature", async () => {
    const res = await call(app, editorB, "GET", `/api/reports/${submittedId}/document.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain(
      encodeURIComponent("Báo cáo năm 2020 - Ban Tuyên giáo Thị ủy Đông Triều.pdf"),
    );
    const text = squash(pdfText(await bytesOf(res), "unit-report"));
    for (const line of [
      "THỊ ỦY ĐÔNG TRIỀU",
      "BAN TUYÊN GIÁO",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "-BC/BTGTU",
      "Đông Triều, ngày 12 tháng 11 năm 2020",
      "BÁO CÁO",
      "Kết quả công tác năm 2020",
      "I. KẾT QUẢ THỰC HIỆN CÁC LĨNH VỰC CÔNG TÁC",
      "1. Công tác tuyên truyền",
      "Tổ chức 62 hội nghị báo cáo viên.",
      "Đăng 1.450 tin, bài",
      "II. KẾT QUẢ NỔI BẬT",
      "III. TỒN TẠI, HẠN CHẾ",
      "TRƯỞNG BAN TUYÊN GIÁO THỊ ỦY",
      "Nguyễn Thị Ngọc Ánh",
    ])
      expect(text).toContain(line);
    expect(text).not.toContain("DỰ THẢO");
    expect(pdfPages("unit-report")).toBeGreaterThanOrEqual(1);
  });

  it("follows the council's switch to the state layout in Word, keeping the author's bold text", async () => {
    await setDocumentSettings({
      db: database.db,
      actor: system,
      councilId,
      input: { layout: "state", partyTermStart: null, version: 1 },
    });
    const res = await call(app, editorA, "GET", `/api/reports/${submittedId}/document.docx`);
    expect(res.status).toBe(200);
    const xml = (await unzipEntries(await bytesOf(res))).get("word/document.xml")?.toString("utf8") ?? "";
    expect(xml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(xml).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(xml).toContain("/BC-BTGTU");
    expect(xml).not.toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*62 hội nghị/s);
    expect(xml).toContain("Đông Triều, ngày 12 tháng 11 năm 2020");
  });

  it("refuses a report whose unit has no place or signer on record, naming both", async () => {
    const res = await call(app, editorA, "GET", `/api/reports/${draftId}/document.pdf`);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; message: string; issues: { path: string }[] };
    expect(body.error).toBe("document_incomplete");
    expect(body.issues.map((i) => i.path)).toEqual(["place", "signatures[0].name"]);
    expect(body.message).toContain("thiếu địa danh ban hành văn bản");
    expect(body.message).toContain("thiếu họ và tên người ký");
  });

  it("is read under the report's own policy: another unit's draft and another council's report are 404, no session 401", async () => {
    expect((await call(app, editorB, "GET", `/api/reports/${draftId}/document.pdf`)).status).toBe(404);
    expect((await call(app, outsider, "GET", `/api/reports/${submittedId}/document.docx`)).status).toBe(404);
    expect((await call(app, null, "GET", `/api/reports/${submittedId}/document.pdf`)).status).toBe(401);
    expect((await call(app, editorB, "GET", "/api/reports/khong-phai-uuid/document.pdf")).status).toBe(400);
  });

  it("is listed in the OpenAPI document", async () => {
    const doc = (await (await app.request("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/reports/{id}/document.pdf", "/api/reports/{id}/document.docx"]),
    );
  });
});
