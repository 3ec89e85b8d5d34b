import type ExcelJS from "exceljs";
import { z } from "zod";
import type { Criterion, ScoreInput } from "../../contracts/cluster-year";
import { parseInput } from "../../contracts/parse";
import { sheetStage } from "../../contracts/rankings";
import { maxPoints } from "../../core/scoring";
import type { Db } from "../../db/types";
import { AppError, notFound } from "../../server/errors";
import { assessmentsOfCluster, inputsOf } from "../assessments/repo";
import type { Actor } from "../auth/actor";
import { pactForScoring } from "../pacts/pact-for-scoring";
import { rankingContext } from "../rankings/load-ranking";
import { howToEnter, METHOD_LABELS } from "./labels";
import {
  COL,
  cellOfInput,
  META_SHEET,
  META_UNITS_ROW,
  NO,
  SHEET_FORMAT,
  SHEET_HEADER_ROW,
  SHEET_HEADERS,
  YES,
} from "./sheet-layout";
import { sheetUnits } from "./sheet-policy";
import { newWorkbook, POINTS_FORMAT, sheetName, styleHeader, thinBorder, titleRow, toBytes } from "./xlsx";

const input = z.object({
  clusterId: z.uuid({ error: "Mã cụm không hợp lệ" }),
  unit: z.string().min(1).optional(),
  stage: sheetStage.default("self"),
});

const GREY = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFEDEDED" } };
const YELLOW = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFFFF8DC" } };

/**
 * A scoring sheet to fill in: one sheet per unit the actor may score at this stage (or just `unit`), with the
 * criteria, the input column D (allowed values as Excel data validation: ranges, Có/Không, the levels), the
 * max beside it, and the current values filled in. `importScoringSheet` reads it back.
 */
export async function exportScoringSheet(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unit?: string;
  stage?: string;
}): Promise<{ bytes: Uint8Array<ArrayBuffer>; filename: string }> {
  const { clusterId, unit, stage } = parseInput(input, args);
  const ctx = await rankingContext(args.db, args.actor, clusterId);
  let units = await sheetUnits(args.db, args.actor, ctx, stage);
  if (unit !== undefined) {
    units = units.filter((u) => u.code === unit);
    if (units.length === 0) {
      throw new AppError("validation", 400, `unit: Không có đơn vị "${unit}" để nhập điểm.`, [
        { path: "unit", message: `Không có đơn vị "${unit}" để nhập điểm` },
      ]);
    }
  }
  const scoring = await pactForScoring(args.db, clusterId);
  if (!scoring?.pact || scoring.criteria.length === 0) throw notFound("Giao ước của cụm");
  const inputs = await storedInputs(args.db, clusterId);
  const wb = await newWorkbook();
  const meta = wb.addWorksheet(META_SHEET, { state: "veryHidden" });
  [
    ["format", SHEET_FORMAT],
    ["clusterId", clusterId],
    ["cluster", ctx.cluster.code],
    ["year", ctx.cluster.year],
    ["stage", stage],
    ["pactVersion", scoring.pact.version],
  ].forEach((line, i) => {
    meta.getRow(i + 1).values = line;
  });
  const lists = levelLists(meta, scoring.criteria);
  units.forEach((u, i) => {
    const name = sheetName(u.code);
    meta.getRow(META_UNITS_ROW + i).values = ["sheet", name, u.code];
    const current = new Map<string, Current>();
    // A cross-reviewer sees another unit's self-scores only once that unit has submitted them; a draft is
    // not reviewed, so a review sheet shows none of it (and uploading it back changes nothing there).
    const mayRead = (status: string) =>
      (ctx.access.seeDraft || ctx.access.ownUnits.has(u.unitId) || status !== "draft") &&
      (stage === "self" || status !== "draft");
    for (const row of inputs) {
      if (row.unitId !== u.unitId || !mayRead(row.status)) continue;
      const value = stage === "self" ? row.self : (row.reviewed ?? row.self);
      const note = stage === "self" ? row.selfNote : row.reviewComment;
      current.set(row.code, { value: (value as ScoreInput | null) ?? undefined, note, version: row.version });
    }
    const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: SHEET_HEADER_ROW }] });
    const title = stage === "self" ? "TỰ CHẤM ĐIỂM" : "THẨM ĐỊNH, CHẤM ĐIỂM";
    titleRow(ws, 1, `PHIẾU ${title} THI ĐUA NĂM ${ctx.cluster.year}`, COL.note, 14);
    titleRow(ws, 2, ctx.cluster.name, COL.note, 12);
    titleRow(ws, 3, `Đơn vị: ${u.name} (${u.code})`, COL.note, 12);
    ws.getCell(4, 1).value =
      "Nhập vào cột D (ô màu vàng), ghi chú hoặc nhận xét vào cột G (bắt buộc khi điểm thẩm định khác điểm tự chấm); để trống tiêu chí chưa chấm. Không đổi cột A.";
    ws.getCell(4, 1).font = { italic: true };
    const header = ws.getRow(SHEET_HEADER_ROW);
    header.values = [...SHEET_HEADERS];
    styleHeader(header);
    writeCriteria(ws, scoring.criteria, 0, u.code, current, lists);
    [10, 60, 22, 16, 11, 48, 40, 12].forEach((w, c) => {
      ws.getColumn(c + 1).width = w;
    });
    ws.getColumn(COL.version).hidden = true;
  });
  const suffix = units.length === 1 ? `-${units[0]!.code}` : "";
  const kind = stage === "self" ? "tu-cham" : "tham-dinh";
  return {
    bytes: await toBytes(wb),
    filename: `phieu-${kind}-${ctx.cluster.code}-${ctx.cluster.year}${suffix}.xlsx`,
  };
}

type Current = { value: ScoreInput | undefined; note: string | null; version: number };

/** Every stored input of the cluster with its assessment's status, notes and version. */
async function storedInputs(db: Db, clusterId: string) {
  const assessments = await assessmentsOfCluster(db, clusterId);
  const byId = new Map(assessments.map((a) => [a.id, a]));
  const rows = await inputsOf(
    db,
    assessments.map((a) => a.id),
  );
  return rows.map((r) => {
    const a = byId.get(r.assessmentId)!;
    return {
      unitId: a.unitId,
      status: a.status,
      code: r.criterionCode,
      self: r.selfValue,
      reviewed: r.reviewedValue,
      selfNote: r.selfNote,
      reviewComment: r.reviewComment,
      version: r.version,
    };
  });
}

/** Each levels criterion's labels in a column of the meta sheet, for a list validation that allows commas. */
function levelLists(meta: ExcelJS.Worksheet, criteria: readonly Criterion[]): Map<string, string> {
  const out = new Map<string, string>();
  let col = 5;
  const walk = (list: readonly Criterion[]) => {
    for (const c of list) {
      if (c.method === undefined) walk(c.children);
      else if (c.method === "levels") {
        c.levels.forEach((l, i) => {
          meta.getCell(i + 1, col).value = l.label;
        });
        const letter = meta.getColumn(col).letter;
        out.set(c.code, `'${META_SHEET}'!$${letter}$1:$${letter}$${c.levels.length}`);
        col++;
      }
    }
  };
  walk(criteria);
  return out;
}

function writeCriteria(
  ws: ExcelJS.Worksheet,
  list: readonly Criterion[],
  depth: number,
  unit: string,
  current: Map<string, Current>,
  lists: Map<string, string>,
): void {
  for (const c of list) {
    const target =
      c.method === "target" || c.method === "leaderRelative" ? (c.targets?.[unit] ?? c.target) : undefined;
    const max = c.method === undefined ? maxPoints([c]) : (c.max ?? null);
    const stored = current.get(c.code);
    const scored = c.method !== undefined;
    const row = ws.addRow([
      c.code,
      `${"    ".repeat(depth)}${c.title}`,
      METHOD_LABELS[c.method ?? "group"],
      stored?.value ? cellOfInput(stored.value) : null,
      max,
      howToEnter(c, target),
      scored ? (stored?.note ?? null) : null,
      scored ? (stored?.version ?? 0) : null,
    ]);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = thinBorder;
      cell.alignment = { vertical: "top", wrapText: true };
    });
    row.getCell(COL.max).numFmt = POINTS_FORMAT;
    const cell = row.getCell(COL.value);
    if (c.method === undefined) {
      row.font = { bold: true };
      cell.fill = GREY;
      writeCriteria(ws, c.children, depth + 1, unit, current, lists);
      continue;
    }
    cell.fill = YELLOW;
    row.getCell(COL.note).fill = YELLOW;
    cell.dataValidation = validationOf(c, lists.get(c.code));
  }
}

function validationOf(
  c: Exclude<Criterion, { children: Criterion[] }>,
  levelRange?: string,
): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorTitle: "Giá trị không hợp lệ" };
  switch (c.method) {
    case "manual":
    case "bonus":
      return {
        ...common,
        type: "decimal",
        operator: "between",
        formulae: [0, c.max],
        error: `Nhập số từ 0 đến ${c.max}`,
      };
    case "passFail":
      return { ...common, type: "list", formulae: [`"${YES},${NO}"`], error: `Chọn ${YES} hoặc ${NO}` };
    case "target":
    case "leaderRelative":
      return {
        ...common,
        type: "decimal",
        operator: "greaterThanOrEqual",
        formulae: [0],
        error: "Nhập số ≥ 0",
      };
    case "perOccurrence":
    case "penalty":
      return {
        ...common,
        type: "whole",
        operator: "greaterThanOrEqual",
        formulae: [0],
        error: "Nhập số nguyên ≥ 0",
      };
    case "levels":
      return {
        ...common,
        type: "list",
        formulae: [levelRange ?? '""'],
        error: "Chọn một mức trong danh sách",
      };
  }
}
