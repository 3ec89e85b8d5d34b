import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { assessmentInputs, assessments, auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import type { Db } from "../../db/types";
import { saveInputsFromSheet } from "../assessments/save-inputs-from-sheet";
import { saveSelfInput } from "../assessments/save-self-input";
import { submitAssessment } from "../assessments/submit-assessment";
import { fillSelf, setUpCluster } from "../assessments/test-fixtures";
import type { Actor } from "../auth/actor";
import { saveScoringSheet } from "./save-scoring-sheet";
import { exportScoringSheet } from "./scoring-sheet";
import { COL, SHEET_HEADER_ROW } from "./sheet-layout";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

type Fill = Record<string, Record<string, { value?: ExcelJS.CellValue; note?: string }>>;

/** Downloads the actor's sheet, as Excel would show it to them. */
async function download(db: Db, actor: Actor, clusterId: string, stage: "self" | "review", unit?: string) {
  const { bytes } = await exportScoringSheet({ db, actor, clusterId, stage, unit });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}

/** Types values (column D) and notes (column G) into the rows of the given criteria, then saves the file. */
async function fill(wb: ExcelJS.Workbook, values: Fill): Promise<Uint8Array> {
  for (const [sheet, cells] of Object.entries(values)) {
    const ws = wb.getWorksheet(sheet)!;
    for (const [code, cell] of Object.entries(cells)) {
      const row = rowOf(ws, code);
      if (cell.value !== undefined) row.getCell(COL.value).value = cell.value;
      if (cell.note !== undefined) row.getCell(COL.note).value = cell.note;
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function rowOf(ws: ExcelJS.Worksheet, code: string): ExcelJS.Row {
  for (let r = SHEET_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    if (ws.getRow(r).getCell(COL.code).value === code) return ws.getRow(r);
  }
  throw new Error(`no row for ${code}`);
}

async function storedInputs(db: Db, clusterId: string, unitId: string) {
  const rows = await db
    .select({ input: assessmentInputs })
    .from(assessmentInputs)
    .innerJoin(assessments, eq(assessments.id, assessmentInputs.assessmentId))
    .where(and(eq(assessments.clusterId, clusterId), eq(assessments.unitId, unitId)));
  return new Map(rows.map((r) => [r.input.criterionCode, r.input]));
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { status: number; message: string; issues: { path: string; message: string }[] };
  }
  throw new Error("the sheet was accepted");
}

describe("uploading a filled scoring sheet saves it, all or nothing", () => {
  it("saves a unit editor's self-scores from their own sheet, audited with the stage and both values", async () => {
    const { db, cluster, units, editors } = await setUpCluster(database.db);
    const [unit, editor] = [units[1]!, editors[1]!.actor];
    await fillSelf(db, editor, cluster.id, unit.id, { "I.2": { points: 4 } });
    const wb = await download(db, editor, cluster.id, "self");
    expect(wb.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name)).toEqual([unit.code]);
    expect(rowOf(wb.getWorksheet(unit.code)!, "I.2").getCell(COL.version).value).toBe(1);
    const bytes = await fill(wb, {
      [unit.code]: {
        "I.2": { value: 5.5, note: "Có 12 bản tin" },
        "I.3": { value: 20 },
        "II.1": { value: "Có" },
      },
    });
    const result = await saveScoringSheet({ db, actor: editor, clusterId: cluster.id, bytes, stage: "self" });
    expect(result).toMatchObject({ saved: true, count: 3, stage: "self" });
    const stored = await storedInputs(db, cluster.id, unit.id);
    expect(stored.get("I.2")).toMatchObject({
      selfValue: { points: 5.5 },
      selfNote: "Có 12 bản tin",
      version: 2,
    });
    expect(stored.get("I.3")).toMatchObject({ selfValue: { count: 20 }, version: 1 });
    expect(stored.get("II.1")).toMatchObject({ selfValue: { passed: true } });
    const audit = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, `${stored.get("I.2")!.assessmentId}:I.2`));
    expect(audit.map((a) => [a.before, a.after]).at(-1)).toEqual([
      { stage: "self", unitCode: unit.code, selfValue: { points: 4 }, selfNote: null },
      { stage: "self", unitCode: unit.code, selfValue: { points: 5.5 }, selfNote: "Có 12 bản tin" },
    ]);
    // The same sheet again changes nothing: no write, no audit row.
    const again = await saveScoringSheet({
      db,
      actor: editor,
      clusterId: cluster.id,
      bytes: await fill(await download(db, editor, cluster.id, "self"), {}),
    });
    expect(again.count).toBe(0);
  });

  it("saves nothing when one cell is bad, and locates it", async () => {
    const { db, cluster, units, editors } = await setUpCluster(database.db);
    const [unit, editor] = [units[2]!, editors[2]!.actor];
    const bytes = await fill(await download(db, editor, cluster.id, "self"), {
      [unit.code]: { "I.2": { value: 5 }, "I.3": { value: 20 }, "II.1": { value: "Có lẽ" } },
    });
    const err = await refusal(saveScoringSheet({ db, actor: editor, clusterId: cluster.id, bytes }));
    expect(err.status).toBe(400);
    expect(err.issues).toEqual([
      {
        path: expect.stringMatching(new RegExp(`^Trang '${unit.code}', dòng \\d+, cột D$`)),
        message: 'Tiêu chí II.1: phải là "Có" hoặc "Không"',
      },
    ]);
    expect((await storedInputs(db, cluster.id, unit.id)).size).toBe(0);
  });

  it("refuses an editor's sheet with another unit's rows, located, and the use case answers 403 for them", async () => {
    const { db, cluster, units, editors, admin } = await setUpCluster(database.db);
    const [own, other, editor] = [units[1]!, units[2]!, editors[1]!.actor];
    const bytes = await fill(await download(db, admin.actor, cluster.id, "self"), {
      [own.code]: { "I.2": { value: 5 } },
      [other.code]: { "I.2": { value: 1 } },
    });
    const err = await refusal(saveScoringSheet({ db, actor: editor, clusterId: cluster.id, bytes }));
    expect(err.issues).toEqual([
      { path: `Trang '${other.code}'`, message: `Bạn không được nhập điểm cho đơn vị ${other.code}` },
    ]);
    expect((await storedInputs(db, cluster.id, own.id)).size).toBe(0);
    // Once the other unit has submitted (the editor may read it), writing into it is forbidden, located.
    await fillSelf(db, editors[2]!.actor, cluster.id, other.id);
    await submitAssessment({ db, actor: editors[2]!.actor, clusterId: cluster.id, unitId: other.id });
    const forbidden = await refusal(
      saveInputsFromSheet({
        db,
        actor: editor,
        clusterId: cluster.id,
        stage: "self",
        inputs: [
          {
            unitId: own.id,
            criterionCode: "I.2",
            value: { points: 5 },
            place: `Trang '${own.code}', dòng 8, cột D`,
          },
          {
            unitId: other.id,
            criterionCode: "I.2",
            value: { points: 1 },
            place: `Trang '${other.code}', dòng 8, cột D`,
          },
        ],
      }),
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.issues).toEqual([
      { path: `Trang '${other.code}'`, message: expect.stringContaining("không có quyền") },
    ]);
    expect((await storedInputs(db, cluster.id, own.id)).size).toBe(0);
  });

  it("refuses a stale sheet (409) naming each cell someone saved after the download, and saves nothing", async () => {
    const { db, cluster, units, editors } = await setUpCluster(database.db);
    const [unit, editor] = [units[3]!, editors[3]!.actor];
    await fillSelf(db, editor, cluster.id, unit.id, { "I.2": { points: 4 } });
    const wb = await download(db, editor, cluster.id, "self");
    await saveSelfInput({
      db,
      actor: editor,
      clusterId: cluster.id,
      unitId: unit.id,
      input: { criterionCode: "I.2", value: { points: 3 }, version: 1 },
    });
    const bytes = await fill(wb, { [unit.code]: { "I.2": { value: 6 }, "I.3": { value: 20 } } });
    const err = await refusal(saveScoringSheet({ db, actor: editor, clusterId: cluster.id, bytes }));
    expect(err.status).toBe(409);
    expect(err.issues).toEqual([
      {
        path: expect.stringMatching(new RegExp(`^Trang '${unit.code}', dòng \\d+, cột D$`)),
        message: expect.stringMatching(/sau khi bạn tải phiếu chấm: điểm tự chấm hiện là 3/),
      },
    ]);
    const stored = await storedInputs(db, cluster.id, unit.id);
    expect(stored.get("I.2")).toMatchObject({ selfValue: { points: 3 }, version: 2 });
    expect(stored.has("I.3")).toBe(false);
  });

  it("offers the head review sheets for the members, but no self sheet: self values are the units' own", async () => {
    const { db, cluster, head } = await setUpCluster(database.db);
    await expect(download(db, head.actor, cluster.id, "self")).rejects.toMatchObject({ status: 403 });
    const review = await download(db, head.actor, cluster.id, "review");
    expect(review.worksheets.length).toBeGreaterThan(1);
  });

  it("needs a comment in column G where the head's review differs from the self value", async () => {
    const { db, cluster, units, editors, head } = await setUpCluster(database.db);
    const unit = units[4]!;
    await fillSelf(db, editors[4]!.actor, cluster.id, unit.id);
    await submitAssessment({ db, actor: editors[4]!.actor, clusterId: cluster.id, unitId: unit.id });
    const sheet = () => download(db, head.actor, cluster.id, "review", unit.code);
    const bare = await fill(await sheet(), { [unit.code]: { "I.2": { value: 4 } } });
    const err = await refusal(
      saveScoringSheet({ db, actor: head.actor, clusterId: cluster.id, bytes: bare, stage: "review" }),
    );
    expect(err.status).toBe(400);
    expect(err.issues).toEqual([
      {
        path: expect.stringMatching(new RegExp(`^Trang '${unit.code}', dòng \\d+, cột D$`)),
        message:
          "Tiêu chí I.2: bắt buộc có nhận xét khi điểm thẩm định (4 điểm) khác điểm tự chấm (5,5 điểm)",
      },
    ]);
    expect((await storedInputs(db, cluster.id, unit.id)).get("I.2")?.reviewedValue).toBeNull();
    const noted = await fill(await sheet(), {
      [unit.code]: { "I.2": { value: 4, note: "Thiếu minh chứng 3 bài" } },
    });
    const saved = await saveScoringSheet({
      db,
      actor: head.actor,
      clusterId: cluster.id,
      bytes: noted,
      stage: "review",
    });
    expect(saved).toMatchObject({ saved: true, count: 1 });
    expect((await storedInputs(db, cluster.id, unit.id)).get("I.2")).toMatchObject({
      selfValue: { points: 5.5 },
      reviewedValue: { points: 4 },
      reviewComment: "Thiếu minh chứng 3 bài",
      reviewerId: head.actor.kind === "user" ? head.actor.userId : null,
    });
  });
});
