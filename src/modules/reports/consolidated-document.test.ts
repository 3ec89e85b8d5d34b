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
import { setDocumentIssuer } from "../documents/document-settings";
import { pdfText, unzipEntries } from "../documents/test-files";
import { addPerson } from "../people/add-person";
import { assignPosition } from "../people/assign-position";
import { listReports } from "./list-reports";
import { moveReport } from "./move-report";
import { openReportPeriod } from "./open-period";
import { saveReport } from "./save-report";

let database: Database;
let app: ReturnType<typeof createApp>;
let periodId: string;
let otherPeriodId: string;
let head: Session;
let member: Session;
let otherClusterEditor: Session;
let admin: Session;

const squash = (s: string) => s.replace(/\s+/g, " ");

/** The paragraphs of word/document.xml: each run's text and whether it is bold or italic. */
const docxParagraphs = (xml: string) =>
  xml.split("</w:p>").map((p) => {
    const runs = [...p.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => {
      const run = m[1] ?? "";
      const text = [...run.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("");
      return { text, bold: /<w:b\/>/.test(run), italic: /<w:i\/>/.test(run) };
    });
    return { text: runs.map((r) => r.text).join(""), runs };
  });
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());
const SUBJECT = "Tổng hợp kết quả công tác năm 2020 của Cụm thi đua CUMBC";
const MEMBER = "Ban Tuyên giáo Thị ủy Đông Triều";

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  const { councilId } = await makeCouncil(db);
  const [h, m, x1, x2] = await makeUnits(db, councilId, [
    "Ban Tuyên giáo Thành ủy Hạ Long",
    MEMBER,
    "Ban Tuyên giáo Huyện ủy Ba Chẽ",
    "Ban Tuyên giáo Huyện ủy Bình Liêu",
  ]);
  const clusterId = (await makeCluster(db, councilId, [h!.id, m!.id], 2020, "CUMBC")).id;
  const otherClusterId = (await makeCluster(db, councilId, [x1!.id, x2!.id], 2020, "CUMX")).id;
  await setDocumentIssuer({
    db,
    actor: system,
    orgId: h!.id,
    input: {
      superiorBody: "Thành ủy Hạ Long",
      issuingBody: "Ban Tuyên giáo",
      symbol: "BTGTU",
      place: "Hạ Long",
    },
  });
  const person = await addPerson({ db, actor: system, input: { councilId, fullName: "Trần Văn Minh" } });
  await assignPosition({
    db,
    actor: system,
    input: {
      personId: person.id,
      orgId: h!.id,
      title: "Trưởng ban Tuyên giáo Thành ủy",
      validFrom: "2020-01-01",
    },
  });
  const open = (id: string) =>
    openReportPeriod({ db, actor: system, input: { clusterId: id, kind: "year", deadline: "2020-11-15" } });
  periodId = (await open(clusterId)).period.id;
  otherPeriodId = (await open(otherClusterId)).period.id;
  const reports = await listReports({ db, actor: system, query: { periodId } });
  const memberReport = reports.find((r) => r.unitId === m!.id)!;
  const memberEditor = await makeUser(db, [grant("unit_editor", councilId, { unitId: m!.id })]);
  await saveReport({
    db,
    actor: memberEditor.actor,
    reportId: memberReport.id,
    input: {
      version: 1,
      sections: { fields: { "tuyen-truyen": "<p>Tổ chức <strong>45 hội nghị</strong> báo cáo viên.</p>" } },
    },
  });
  await moveReport({
    db,
    actor: system,
    reportId: memberReport.id,
    move: "submit",
    input: { version: 2 },
    on: "2020-11-12",
  });

  app = createApp({ db, databaseKind: "pglite" });
  const user = async (grants: Parameters<typeof makeUser>[1]) =>
    signIn(app, (await makeUser(db, grants)).username, TEST_PASSWORD);
  head = await user([
    grant("cluster_head", councilId, { clusterId }),
    grant("unit_editor", councilId, { unitId: h!.id }),
  ]);
  member = await signIn(app, memberEditor.username, TEST_PASSWORD);
  otherClusterEditor = await user([grant("unit_editor", councilId, { unitId: x1!.id })]);
  admin = await user([grant("council_admin", councilId)]);
}, 120_000);
afterAll(async () => {
  await database?.close();
});

describe("the consolidated report as an official document", () => {
  it("prints the assembled draft as the head unit's report, signed for the cluster by its head, marked as a draft", async () => {
    const res = await call(app, head, "GET", `/api/report-periods/${periodId}/consolidated.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain(
      encodeURIComponent("Báo cáo tổng hợp kết quả công tác năm 2020 của Cụm thi đua CUMBC.pdf"),
    );
    const text = squash(pdfText(await bytesOf(res), "consolidated-report"));
    for (const line of [
      "THÀNH ỦY HẠ LONG",
      "BAN TUYÊN GIÁO",
      "-BC/BTGTU",
      "Hạ Long, ngày 31 tháng 12 năm 2020",
      "DỰ THẢO",
      "BÁO CÁO",
      SUBJECT,
      "Trên cơ sở báo cáo của 1/2 đơn vị thành viên",
      MEMBER,
      "Tổ chức 45 hội nghị báo cáo viên.",
      "II. CÔNG TÁC TUYÊN TRUYỀN",
      "XVI. ĐƠN VỊ CHƯA GỬI BÁO CÁO",
      "CỤM TRƯỞNG",
      "Trần Văn Minh",
    ])
      expect(text).toContain(line);
  });

  it("prints in Word what the head saved, no longer a draft", async () => {
    const draft = await call(app, head, "GET", `/api/report-periods/${periodId}/consolidated`);
    const { data } = (await draft.json()) as {
      data: { version: number; sections: { key: string; title: string; html: string }[] };
    };
    const sections = data.sections.map((s) =>
      s.key === "highlights" ? { ...s, html: "<p>Cụm dẫn đầu khối về số tin, bài tuyên truyền.</p>" } : s,
    );
    const saved = await call(app, head, "PUT", `/api/report-periods/${periodId}/consolidated`, {
      version: data.version,
      sections,
    });
    expect(saved.status).toBe(200);
    const res = await call(app, head, "GET", `/api/report-periods/${periodId}/consolidated.docx`);
    expect(res.status).toBe(200);
    const bytes = await bytesOf(res);
    expect(Buffer.from(bytes.subarray(0, 2)).toString("latin1")).toBe("PK");
    const xml = (await unzipEntries(bytes)).get("word/document.xml")?.toString("utf8") ?? "";
    expect(xml).toContain(SUBJECT);
    expect(xml).toContain(MEMBER);
    expect(xml).toContain("Cụm dẫn đầu khối về số tin, bài tuyên truyền.");
    expect(xml).toContain("KẾT QUẢ NỔI BẬT");
    expect(xml).not.toContain("DỰ THẢO");
  });

  it("keeps in Word the bold words, lists and sub-heading typed in the editor", async () => {
    const current = await call(app, head, "GET", `/api/report-periods/${periodId}/consolidated`);
    const { data } = (await current.json()) as {
      data: { version: number; sections: { key: string; title: string; html: string }[] };
    };
    // The HTML the rich-text editor (Tiptap) writes: list items wrap paragraphs; a pasted list may nest.
    const typed =
      "<h3>Tuyên truyền trực tuyến</h3>" +
      "<p>Cụm đăng <strong>1.450 tin, bài</strong> trên cổng thông tin.</p>" +
      "<ul><li><p><strong>Đông Triều</strong> phát sóng 120 phóng sự</p><p>trên sóng truyền hình tỉnh</p></li>" +
      "<li><p>Hạ Long mở 33 điểm nắm dư luận</p><ul><li><p>Mười điểm ở phường</p></li></ul></li></ul>" +
      "<ol><li><p>Nhân rộng <em>tủ sách pháp luật</em></p></li><li><p>Tập huấn báo cáo viên</p></li></ol>";
    const saved = await call(app, head, "PUT", `/api/report-periods/${periodId}/consolidated`, {
      version: data.version,
      sections: data.sections.map((s) => (s.key === "highlights" ? { ...s, html: typed } : s)),
    });
    expect(saved.status).toBe(200);
    const res = await call(app, head, "GET", `/api/report-periods/${periodId}/consolidated.docx`);
    const xml = (await unzipEntries(await bytesOf(res))).get("word/document.xml")?.toString("utf8") ?? "";
    const paragraphs = docxParagraphs(xml);
    const find = (start: string) => paragraphs.find((p) => p.text.startsWith(start));

    // The sub-heading is its own paragraph, in italics (the document's third heading level).
    expect(find("Tuyên truyền trực tuyến")?.runs).toEqual([
      { text: "Tuyên truyền trực tuyến", bold: false, italic: true },
    ]);
    expect(find("Cụm đăng")?.runs).toEqual([
      { text: "Cụm đăng ", bold: false, italic: false },
      { text: "1.450 tin, bài", bold: true, italic: false },
      { text: " trên cổng thông tin.", bold: false, italic: false },
    ]);
    // Bullets become "- " items, one paragraph each; an item's two paragraphs read as one sentence.
    expect(find("- Đông Triều")?.runs).toEqual([
      { text: "- ", bold: false, italic: false },
      { text: "Đông Triều", bold: true, italic: false },
      { text: " phát sóng 120 phóng sự trên sóng truyền hình tỉnh", bold: false, italic: false },
    ]);
    expect(find("- Hạ Long")?.text).toBe("- Hạ Long mở 33 điểm nắm dư luận");
    expect(find("- Mười điểm")?.text).toBe("- Mười điểm ở phường");
    // A numbered list counts from 1.
    expect(find("1. Nhân rộng")?.runs).toEqual([
      { text: "1. ", bold: false, italic: false },
      { text: "Nhân rộng ", bold: false, italic: false },
      { text: "tủ sách pháp luật", bold: false, italic: true },
    ]);
    expect(find("2. ")?.text).toBe("2. Tập huấn báo cáo viên");
  });

  it("refuses a cluster whose head unit has no place or signer on record, naming what is missing", async () => {
    const res = await call(app, admin, "GET", `/api/report-periods/${otherPeriodId}/consolidated.docx`);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; message: string; issues: { path: string }[] };
    expect(body.error).toBe("document_incomplete");
    expect(body.issues.map((i) => i.path)).toContain("signatures[0].name");
    expect(body.message).toContain("thiếu họ và tên người ký");
  });

  it("is for the head and the council: a member unit 403, another cluster's unit 404, no session 401", async () => {
    expect((await call(app, member, "GET", `/api/report-periods/${periodId}/consolidated.pdf`)).status).toBe(
      403,
    );
    expect(
      (await call(app, otherClusterEditor, "GET", `/api/report-periods/${periodId}/consolidated.docx`))
        .status,
    ).toBe(404);
    expect((await call(app, null, "GET", `/api/report-periods/${periodId}/consolidated.pdf`)).status).toBe(
      401,
    );
    expect((await call(app, admin, "GET", `/api/report-periods/${periodId}/consolidated.pdf`)).status).toBe(
      200,
    );
  });
});
