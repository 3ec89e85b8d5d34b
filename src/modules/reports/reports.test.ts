import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { grant, makeCluster, makeCouncil, makeUnits, makeUser, system } from "../../test-support/factories";
import type { Actor } from "../auth/actor";
import { uploadOf } from "../files/put-blob";
import { search } from "../search/search";
import { getConsolidated, saveConsolidated } from "./consolidated";
import { getReport } from "./get-report";
import { listReports } from "./list-reports";
import { moveReport } from "./move-report";
import { openReportPeriod } from "./open-period";
import { attachReportFile, detachReportFile, mayAttachReportFile, readReportFile } from "./report-files";
import { saveReport } from "./save-report";

let database: Database;
let councilId: string;
let unitIds: string[];
let head: Actor;
let editorA: Actor;
let editorB: Actor;
let clusterId: string;
let lateClusterId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  ({ councilId } = await makeCouncil(db));
  const units = await makeUnits(db, councilId, [
    "Ban Tuyên giáo Thành ủy Hạ Long",
    "Ban Tuyên giáo Thị ủy Đông Triều",
  ]);
  unitIds = units.map((u) => u.id);
  clusterId = (await makeCluster(db, councilId, unitIds, 2020, "CUMA")).id;
  lateClusterId = (await makeCluster(db, councilId, unitIds, 2020, "CUMB")).id;
  head = (
    await makeUser(db, [
      grant("cluster_head", councilId, { clusterId }),
      grant("cluster_head", councilId, { clusterId: lateClusterId }),
    ])
  ).actor;
  editorA = (await makeUser(db, [grant("unit_editor", councilId, { unitId: unitIds[0] })])).actor;
  editorB = (await makeUser(db, [grant("unit_editor", councilId, { unitId: unitIds[1] })])).actor;
});
afterAll(async () => {
  await database?.close();
});

const sections = (tuyenTruyen: string, extra: Record<string, string> = {}) => ({
  fields: { "tuyen-truyen": tuyenTruyen },
  highlights: "<p>Tổ chức 45 hội nghị học tập nghị quyết.</p>",
  ...extra,
});

async function reportOf(periodId: string, unitId: string) {
  const all = await listReports({ db: database.db, actor: system, query: { periodId } });
  const found = all.find((r) => r.unitId === unitId);
  if (!found) throw new Error("report missing");
  return getReport({ db: database.db, actor: system, reportId: found.id });
}

describe("unit reports", () => {
  let periodId: string;

  it("opening a period gives every member a draft with the propaganda fields; only the head may open it", async () => {
    await expect(
      openReportPeriod({
        db: database.db,
        actor: editorA,
        input: { clusterId, kind: "year", deadline: "2099-12-15" },
      }),
    ).rejects.toMatchObject({ status: 403 });
    const { period, reports } = await openReportPeriod({
      db: database.db,
      actor: head,
      input: { clusterId, kind: "year", deadline: "2099-12-15" },
    });
    periodId = period.id;
    expect(reports).toHaveLength(2);
    const mine = await reportOf(periodId, unitIds[0]!);
    expect(mine.status).toBe("draft");
    expect(mine.fields.map((f) => f.title)).toContain("Đấu tranh phản bác quan điểm sai trái, thù địch");
    expect(mine.title).toBe("Báo cáo kết quả công tác năm 2020 — Ban Tuyên giáo Thành ủy Hạ Long");
  });

  it("sanitises hostile HTML: no script, handler or javascript: link survives; safe formatting stays", async () => {
    const mine = await reportOf(periodId, unitIds[0]!);
    const hostile =
      '<p onclick="steal()">Tuyên truyền <strong>Đại hội XIII</strong><script>alert(1)</script>' +
      '<img src=x onerror="alert(2)"><a href="javascript:alert(3)">xem</a><a href="https://baoquangninh.vn">báo</a>' +
      '<iframe src="https://evil"></iframe><svg><script>alert(4)</script></svg><style>p{}</style></p>';
    await saveReport({
      db: database.db,
      actor: editorA,
      reportId: mine.id,
      input: {
        version: mine.version,
        sections: sections(hostile, { lessons: "<SCRIPT SRC=//x></SCRIPT>Bài học" }),
      },
    });
    const saved = await getReport({ db: database.db, actor: editorA, reportId: mine.id });
    const html = saved.sections.fields["tuyen-truyen"];
    expect(html).toBe(
      '<p>Tuyên truyền <strong>Đại hội XIII</strong><a rel="noopener noreferrer">xem</a><a href="https://baoquangninh.vn" rel="noopener noreferrer">báo</a></p>',
    );
    expect(saved.sections.lessons).toBe("Bài học");
    expect(JSON.stringify(saved.sections)).not.toMatch(/script|onerror|onclick|javascript|iframe|<img/i);
  });

  it("refuses a field not in the period, a stale version, and another unit's editor", async () => {
    const mine = await reportOf(periodId, unitIds[0]!);
    await expect(
      saveReport({
        db: database.db,
        actor: editorA,
        reportId: mine.id,
        input: { version: mine.version, sections: { fields: { "khong-co": "x" } } },
      }),
    ).rejects.toMatchObject({ status: 400, issues: [{ path: "sections.fields.khong-co" }] });
    await expect(
      saveReport({
        db: database.db,
        actor: editorA,
        reportId: mine.id,
        input: { version: 1, sections: sections("x") },
      }),
    ).rejects.toMatchObject({ status: 409 });
    // A draft of another unit is not even known to exist.
    await expect(getReport({ db: database.db, actor: editorB, reportId: mine.id })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      saveReport({
        db: database.db,
        actor: editorA,
        reportId: mine.id,
        input: { version: mine.version, sections: sections("\u0000") },
      }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it("refuses a program disguised as a PDF and keeps a real PDF", async () => {
    const mine = await reportOf(periodId, unitIds[0]!);
    const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);
    await expect(uploadOf("minh-chung.pdf", elf)).rejects.toMatchObject({ status: 415 });
    const pdf = new TextEncoder().encode(
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    );
    await attachReportFile({
      db: database.db,
      actor: editorA,
      reportId: mine.id,
      file: await uploadOf("Ảnh hội nghị.pdf", pdf),
    });
    const after = await getReport({ db: database.db, actor: editorA, reportId: mine.id });
    expect(after.files.map((f) => [f.name, f.mime])).toEqual([["Ảnh hội nghị.pdf", "application/pdf"]]);
  });

  it("the unit removes an attachment; another unit or the head may not, and a removed file is gone", async () => {
    const mine = await reportOf(periodId, unitIds[0]!);
    const fileId = mine.files[0]!.id;
    const at = { db: database.db, reportId: mine.id, fileId };
    await expect(detachReportFile({ ...at, actor: editorB })).rejects.toMatchObject({ status: 404 });
    await expect(detachReportFile({ ...at, actor: head })).rejects.toMatchObject({ status: 403 });
    expect((await getReport({ ...at, actor: editorA })).files).toHaveLength(1);
    // A unit over its quota is told to remove old files: removing must work then.
    const quota = process.env.THIDUA_UNIT_STORAGE_QUOTA_MB;
    process.env.THIDUA_UNIT_STORAGE_QUOTA_MB = "0.00005";
    try {
      await expect(mayAttachReportFile({ ...at, actor: editorA })).rejects.toMatchObject({ status: 413 });
      await detachReportFile({ ...at, actor: editorA });
    } finally {
      if (quota === undefined) delete process.env.THIDUA_UNIT_STORAGE_QUOTA_MB;
      else process.env.THIDUA_UNIT_STORAGE_QUOTA_MB = quota;
    }
    expect((await getReport({ ...at, actor: editorA })).files).toEqual([]);
    const audited = await database.db
      .select({ before: auditLog.before })
      .from(auditLog)
      .where(and(eq(auditLog.action, "detach"), eq(auditLog.entityId, mine.id)));
    expect(audited.map((a) => (a.before as { name: string }).name)).toEqual(["Ảnh hội nghị.pdf"]);
    await expect(readReportFile({ ...at, actor: editorA })).rejects.toMatchObject({ status: 404 });
    await expect(detachReportFile({ ...at, actor: editorA })).rejects.toMatchObject({ status: 404 });
  });

  it("submit, return with a reason, resubmit, accept — each on the timeline; others see it once submitted", async () => {
    let mine = await reportOf(periodId, unitIds[0]!);
    await moveReport({
      db: database.db,
      actor: editorA,
      reportId: mine.id,
      move: "submit",
      input: { version: mine.version },
    });
    mine = await getReport({ db: database.db, actor: editorB, reportId: mine.id });
    expect(mine.status).toBe("submitted");
    expect(mine.can.edit).toBe(false);
    await expect(
      moveReport({
        db: database.db,
        actor: editorB,
        reportId: mine.id,
        move: "return",
        input: { version: mine.version, reason: "Bổ sung số liệu" },
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      moveReport({
        db: database.db,
        actor: head,
        reportId: mine.id,
        move: "return",
        input: { version: mine.version, reason: "" },
      }),
    ).rejects.toMatchObject({ status: 400 });
    await moveReport({
      db: database.db,
      actor: head,
      reportId: mine.id,
      move: "return",
      input: { version: mine.version, reason: "Bổ sung số liệu hội nghị" },
    });
    mine = await getReport({ db: database.db, actor: editorA, reportId: mine.id });
    expect(mine.status).toBe("returned");
    expect(mine.can.edit).toBe(true);
    await moveReport({
      db: database.db,
      actor: editorA,
      reportId: mine.id,
      move: "submit",
      input: { version: mine.version },
    });
    mine = await getReport({ db: database.db, actor: head, reportId: mine.id });
    await moveReport({
      db: database.db,
      actor: head,
      reportId: mine.id,
      move: "accept",
      input: { version: mine.version },
    });
    mine = await getReport({ db: database.db, actor: head, reportId: mine.id });
    expect(mine.status).toBe("accepted");
    expect(mine.events.map((e) => [e.toStatus, e.note])).toEqual([
      ["submitted", null],
      ["returned", "Bổ sung số liệu hội nghị"],
      ["submitted", null],
      ["accepted", null],
    ]);
    // Accepted: its attachments are part of the record now.
    await expect(
      detachReportFile({ db: database.db, actor: editorA, reportId: mine.id, fileId: randomUUID() }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("finds the submitted report by searching without diacritics", async () => {
    const result = await search({
      db: database.db,
      actor: editorB,
      query: { q: "dai hoi xiii", kind: "report" },
    });
    expect(result.hits.map((h) => h.title)).toEqual([
      "Báo cáo kết quả công tác năm 2020 — Ban Tuyên giáo Thành ủy Hạ Long",
    ]);
    expect(result.hits[0]?.snippet).toContain("Tuyên truyền <mark>Đại</mark> <mark>hội</mark> <mark>XIII");
  });

  it("refuses to submit after the deadline until the head reopens it", async () => {
    const { period } = await openReportPeriod({
      db: database.db,
      actor: head,
      input: { clusterId: lateClusterId, kind: "half", deadline: "2020-07-15" },
    });
    let late = await reportOf(period.id, unitIds[1]!);
    expect(late.overdue).toBe(true);
    await expect(
      moveReport({
        db: database.db,
        actor: editorB,
        reportId: late.id,
        move: "submit",
        input: { version: late.version },
      }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringContaining("15/07/2020") });
    await moveReport({
      db: database.db,
      actor: head,
      reportId: late.id,
      move: "reopen",
      input: { version: late.version, until: "2099-01-01" },
    });
    late = await getReport({ db: database.db, actor: editorB, reportId: late.id });
    expect(late.overdue).toBe(false);
    await moveReport({
      db: database.db,
      actor: editorB,
      reportId: late.id,
      move: "submit",
      input: { version: late.version },
    });
    expect((await getReport({ db: database.db, actor: editorB, reportId: late.id })).status).toBe(
      "submitted",
    );
  });

  it("drafts the consolidated report from the submitted reports; the head edits and saves it", async () => {
    await expect(getConsolidated({ db: database.db, actor: editorA, periodId })).rejects.toMatchObject({
      status: 403,
    });
    const draft = await getConsolidated({ db: database.db, actor: head, periodId });
    expect(draft.version).toBe(0);
    expect(draft.submitted).toBe(1);
    const field = draft.sections.find((s) => s.key === "field:tuyen-truyen");
    expect(field?.html).toContain(
      "<h4>Ban Tuyên giáo Thành ủy Hạ Long</h4><p>Tuyên truyền <strong>Đại hội XIII</strong>",
    );
    expect(draft.sections.find((s) => s.key === "missing")?.html).toBe(
      "<ul><li>Ban Tuyên giáo Thị ủy Đông Triều</li></ul>",
    );
    const edited = draft.sections.map((s) =>
      s.key === "intro" ? { ...s, html: "<p>Đã biên tập</p><script>x</script>" } : s,
    );
    await saveConsolidated({
      db: database.db,
      actor: head,
      periodId,
      input: { version: 0, sections: edited },
    });
    const saved = await getConsolidated({ db: database.db, actor: head, periodId });
    expect(saved.version).toBe(1);
    expect(saved.sections[0]?.html).toBe("<p>Đã biên tập</p>");
    await expect(
      saveConsolidated({ db: database.db, actor: head, periodId, input: { version: 0, sections: edited } }),
    ).rejects.toMatchObject({ status: 409 });
  });
});
