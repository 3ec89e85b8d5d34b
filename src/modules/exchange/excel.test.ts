import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { assessments } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import type { Db } from "../../db/types";
import { grant, makeCouncil, makeUser, system } from "../../test-support/factories";
import { assignCrossScoring } from "../assessments/assign-cross-scoring";
import type { Actor } from "../auth/actor";
import { RANKING_HEADER_ROW, RANKING_HEADERS, rankingWorkbook } from "../rankings/ranking-workbook";
import { CRITERIA_HEADER_ROW, CRITERIA_HEADERS, exportCriteriaWorkbook } from "./criteria-workbook";
import { importClusterYear } from "./import-cluster-year";
import { importScoringSheet } from "./import-scoring-sheet";
import { exportScoringSheet } from "./scoring-sheet";
import { SHEET_HEADER_ROW, SHEET_HEADERS } from "./sheet-layout";

const fixtureText = readFileSync(
  new URL("../../core/scoring/fixtures/cum1-2020.json", import.meta.url),
  "utf8",
);

let database: Database;
let db: Db;
let councilId: string;
/** Cụm 1's pact without results: units fill in their sheets. */
let open: string;
/** Cụm 1 with its published results. */
let done: string;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  ({ councilId } = await makeCouncil(db));
  done = (await importClusterYear({ db, actor: system, councilId, text: fixtureText })).clusterId;
  const file = JSON.parse(fixtureText);
  file.cluster.code = "CUM1-MO";
  delete file.scores;
  open = (await importClusterYear({ db, actor: system, councilId, text: JSON.stringify(file) })).clusterId;
});
afterAll(async () => {
  await database?.close();
});

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}
const rowTexts = (ws: ExcelJS.Worksheet, row: number, n: number) =>
  Array.from({ length: n }, (_, i) => ws.getRow(row).getCell(i + 1).value);
/** The row of a criterion code in a unit's sheet. */
function rowOf(ws: ExcelJS.Worksheet, code: string): ExcelJS.Row {
  for (let r = SHEET_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    if (ws.getRow(r).getCell(1).value === code) return ws.getRow(r);
  }
  throw new Error(`no row for ${code}`);
}
async function filled(actor: Actor, values: Record<string, Record<string, ExcelJS.CellValue>>) {
  const { bytes } = await exportScoringSheet({ db, actor, clusterId: open });
  const wb = await load(bytes);
  for (const [sheet, cells] of Object.entries(values)) {
    const ws = wb.getWorksheet(sheet)!;
    for (const [code, value] of Object.entries(cells)) rowOf(ws, code).getCell(4).value = value;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("the scoring sheet", () => {
  it("has one sheet per unit, Vietnamese headers, the max beside the input, and the allowed values as validation", async () => {
    const { bytes, filename } = await exportScoringSheet({ db, actor: system, clusterId: open });
    expect(filename).toBe("phieu-tu-cham-CUM1-MO-2020.xlsx");
    const wb = await load(bytes);
    const units = wb.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name);
    expect(units.sort()).toEqual(["CP", "DT", "HL", "MC", "QY", "UB"]);
    const ws = wb.getWorksheet("HL")!;
    expect(rowTexts(ws, SHEET_HEADER_ROW, SHEET_HEADERS.length)).toEqual([...SHEET_HEADERS]);
    expect(ws.getColumn(8).hidden).toBe(true);
    expect(rowOf(ws, "I.1").number).toBe(7);
    expect(rowOf(ws, "I.1").getCell(5).value).toBe(10);
    expect(rowOf(ws, "I.2").getCell(6).value).toBe("Kết quả thực hiện (chỉ tiêu của đơn vị: 16)");
    expect(rowOf(ws, "I.3").getCell(4).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Có,Không"'],
    });
    expect(rowOf(ws, "I.1").getCell(4).dataValidation).toMatchObject({ type: "decimal", formulae: [0, 10] });
    const levels = rowOf(ws, "II.2").getCell(4).dataValidation;
    expect(levels.type).toBe("list");
    const meta = wb.getWorksheet("_thidua")!;
    expect(meta.state).toBe("veryHidden");
    expect([1, 2, 3, 4].map((r) => meta.getCell(r, 5).value)).toEqual(["Tốt", "Khá", "Trung bình", "Yếu"]);
  });

  it("reads a filled sheet back: the values arrive as the file format's inputs", async () => {
    const bytes = await filled(system, {
      HL: { "I.1": 9.5, "I.2": 18, "I.3": "Có", "I.4": 4, "II.2": "Khá", "II.3.1": "4,25", B: 2 },
      UB: { "I.3": "Không", "I.5": 1 },
    });
    const result = await importScoringSheet({ db, actor: system, clusterId: open, bytes, stage: "self" });
    expect(result.saved).toBe(false);
    const byUnit = Object.fromEntries(result.units.map((u) => [u.unit, u.inputs]));
    expect(byUnit).toEqual({
      HL: {
        "I.1": { points: 9.5 },
        "I.2": { actual: 18 },
        "I.3": { passed: true },
        "I.4": { count: 4 },
        "II.2": { level: "Khá" },
        "II.3.1": { points: 4.25 },
        B: { points: 2 },
      },
      UB: { "I.3": { passed: false }, "I.5": { count: 1 } },
    });
  });

  it("refuses the whole file with every bad cell located by sheet, row and column", async () => {
    const bytes = await filled(system, {
      HL: { "I.1": 10.5, "I.2": 18, "II.2": "Giỏi", I: 5 },
      UB: { "I.4": -1, "I.3": "Có lẽ", "III.3": 2.5 },
    });
    const err = await importScoringSheet({ db, actor: system, clusterId: open, bytes }).catch((e) => e);
    expect(err).toMatchObject({ status: 400, code: "validation" });
    expect(err.message).toBe(
      "Phiếu chấm không hợp lệ, không nhập gì — Trang 'HL', dòng 6, cột D: \"I\" là nhóm tiêu chí: không nhập điểm (điểm là tổng các tiêu chí con)",
    );
    expect(err.issues).toEqual([
      { path: "Trang 'HL', dòng 6, cột D", message: expect.stringContaining("nhóm tiêu chí") },
      { path: "Trang 'HL', dòng 7, cột D", message: "Tiêu chí I.1: 10,5 vượt điểm tối đa 10" },
      {
        path: "Trang 'HL', dòng 14, cột D",
        message: 'Tiêu chí II.2: mức "Giỏi" không có trong danh sách: "Tốt", "Khá", "Trung bình", "Yếu"',
      },
      { path: "Trang 'UB', dòng 9, cột D", message: 'Tiêu chí I.3: phải là "Có" hoặc "Không"' },
      { path: "Trang 'UB', dòng 10, cột D", message: "Tiêu chí I.4: phải là số lần: số nguyên ≥ 0" },
      { path: "Trang 'UB', dòng 22, cột D", message: "Tiêu chí III.3: phải là số lần: số nguyên ≥ 0" },
    ]);
  });

  it("gives a unit editor only their unit's sheet, and refuses values they typed into another unit's", async () => {
    const ids = await unitIds(open);
    const editor = await makeUser(db, [grant("unit_editor", councilId, { unitId: ids.HL! })]);
    const { bytes } = await exportScoringSheet({ db, actor: editor.actor, clusterId: open });
    const wb = await load(bytes);
    expect(wb.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name)).toEqual(["HL"]);
    const sneaky = await filled(system, { HL: { "I.1": 9 }, UB: { "I.1": 1 } });
    const err = await importScoringSheet({ db, actor: editor.actor, clusterId: open, bytes: sneaky }).catch(
      (e) => e,
    );
    expect(err.issues).toEqual([{ path: "Trang 'UB'", message: "Bạn không được nhập điểm cho đơn vị UB" }]);
    const viewer = await makeUser(db, [grant("observer", councilId)]);
    await expect(exportScoringSheet({ db, actor: viewer.actor, clusterId: open })).rejects.toMatchObject({
      status: 403,
    });
  });

  it("gives a cross-reviewer the sheets of the units assigned to them, with self-scores only once submitted", async () => {
    const file = JSON.parse(fixtureText);
    file.cluster.code = "CUM1-CHEO";
    const cluster = (await importClusterYear({ db, actor: system, councilId, text: JSON.stringify(file) }))
      .clusterId;
    const ids = await unitIds(cluster);
    await assignCrossScoring({
      db,
      actor: system,
      clusterId: cluster,
      input: { reviewerUnitId: ids.UB, reviewedUnitId: ids.HL },
    });
    const reviewer = await makeUser(db, [grant("unit_editor", councilId, { unitId: ids.UB! })]);
    const sheetOf = async () => {
      const { bytes } = await exportScoringSheet({
        db,
        actor: reviewer.actor,
        clusterId: cluster,
        stage: "review",
      });
      const wb = await load(bytes);
      expect(wb.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name)).toEqual(["HL"]);
      return wb.getWorksheet("HL")!;
    };
    expect(rowOf(await sheetOf(), "I.1").getCell(4).value).toBe(9.5);
    await db
      .update(assessments)
      .set({ status: "draft" })
      .where(and(eq(assessments.clusterId, cluster), eq(assessments.unitId, ids.HL!)));
    expect(rowOf(await sheetOf(), "I.1").getCell(4).value).toBeNull();
    await expect(
      exportScoringSheet({ db, actor: reviewer.actor, clusterId: cluster, stage: "self", unit: "HL" }),
    ).rejects.toMatchObject({ status: 400, issues: [{ path: "unit" }] });
  });

  it("refuses a sheet of another cluster, and a file that is not a workbook", async () => {
    const { bytes } = await exportScoringSheet({ db, actor: system, clusterId: done });
    const err = await importScoringSheet({ db, actor: system, clusterId: open, bytes }).catch((e) => e);
    expect(err.issues).toEqual([
      { path: "(tệp)", message: "Đây là phiếu chấm của cụm CUM1 năm 2020, không phải của cụm này" },
    ]);
    const junk = new TextEncoder().encode("không phải excel");
    const bad = await importScoringSheet({ db, actor: system, clusterId: open, bytes: junk }).catch((e) => e);
    expect(bad).toMatchObject({ status: 400 });
    expect(bad.issues[0].message).toMatch(/Không đọc được tệp Excel/);
  });

  it("is filled in with the current values when exported again", async () => {
    const { bytes } = await exportScoringSheet({ db, actor: system, clusterId: done, unit: "QY" });
    const ws = (await load(bytes)).getWorksheet("QY")!;
    expect(rowOf(ws, "II.3.1").getCell(4).value).toBe(2.675);
    expect(rowOf(ws, "I.3").getCell(4).value).toBe("Có");
    expect(rowOf(ws, "II.2").getCell(4).value).toBe("Tốt");
  });
});

describe("the criteria table and the ranking as Excel", () => {
  it("writes the criteria table with Vietnamese methods, maxima and per-unit targets", async () => {
    const { bytes } = await exportCriteriaWorkbook({ db, actor: system, clusterId: done });
    const wb = await load(bytes);
    const ws = wb.getWorksheet("Bảng tiêu chí")!;
    const n = CRITERIA_HEADERS.length;
    const header = rowTexts(ws, CRITERIA_HEADER_ROW, n + 6);
    expect(header.slice(0, n)).toEqual([...CRITERIA_HEADERS]);
    expect(header.slice(n).sort()).toEqual([
      "Chỉ tiêu CP",
      "Chỉ tiêu DT",
      "Chỉ tiêu HL",
      "Chỉ tiêu MC",
      "Chỉ tiêu QY",
      "Chỉ tiêu UB",
    ]);
    const i2 = ws.getRow(CRITERIA_HEADER_ROW + 3);
    expect([i2.getCell(1).value, i2.getCell(3).value, i2.getCell(4).value, i2.getCell(5).value]).toEqual([
      "I.2",
      "Theo chỉ tiêu",
      10,
      12,
    ]);
    expect(i2.getCell(n + 1 + (header.slice(n) as string[]).indexOf("Chỉ tiêu HL")).value).toBe(16);
    expect(wb.getWorksheet("Quy chế")!.getRow(4).values).toContain("Điểm thưởng tối đa");
  });

  it("writes the ranking with Vietnamese headers and numbers as numbers shown with 2 decimals", async () => {
    const { bytes, filename } = await rankingWorkbook({ db, actor: system, clusterId: done });
    expect(filename).toBe("xep-hang-CUM1-2020.xlsx");
    const ws = (await load(bytes)).getWorksheet("Xếp hạng")!;
    expect(rowTexts(ws, RANKING_HEADER_ROW, RANKING_HEADERS.length)).toEqual([...RANKING_HEADERS]);
    const second = ws.getRow(RANKING_HEADER_ROW + 2);
    expect(rowTexts(ws, RANKING_HEADER_ROW + 2, 9)).toEqual([
      2,
      "UB",
      "Ban Tuyên giáo Thành ủy Uông Bí",
      92.33,
      90.33,
      3,
      1,
      "Xuất sắc",
      "Có",
    ]);
    expect(second.getCell(4).numFmt).toBe("0.00");
    // The 1 point taken off reads "−1.00" (kept positive, as scoring.md's penalty, so sums still work).
    expect(second.getCell(7).numFmt).toBe('"−"0.00;"−"0.00;0.00');
  });
});

async function unitIds(clusterId: string): Promise<Record<string, string>> {
  const { rankingContext } = await import("../rankings/load-ranking");
  const ctx = await rankingContext(db, system, clusterId);
  return Object.fromEntries(ctx.members.map((m) => [m.code, m.unitId]));
}
