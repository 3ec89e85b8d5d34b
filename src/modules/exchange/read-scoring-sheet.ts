import type ExcelJS from "exceljs";
import type { Criterion, ScoredCriterion, ScoreInput } from "../../contracts/cluster-year";
import type { Member } from "../rankings/load-ranking";
import { inputOfCell, plainValue } from "./sheet-cells";
import { cellPlace, META_SHEET, META_UNITS_ROW, SHEET_FORMAT, SHEET_HEADERS } from "./sheet-layout";

export type SheetIssue = { path: string; message: string };
export type SheetUnit = {
  unit: Member;
  sheet: string;
  inputs: Record<string, ScoreInput>;
  /** Where each input came from, to locate what the engine says about it, with its note and version. */
  cells: Map<string, SheetCell>;
};
export type SheetCell = { row: number; column: string; note: string | null; version: number };

const MAX_ROWS = 5000;
const CODE_HEADER = SHEET_HEADERS[0];
const VALUE_HEADER = SHEET_HEADERS[3];
const NOTE_HEADER = SHEET_HEADERS[6];
const VERSION_HEADER = SHEET_HEADERS[7];
type Header = { row: number; code: number; value: number; note: number; version: number };

/**
 * Every filled input of a scoring sheet, or every problem, located "Trang 'HL', dòng 7, cột D". Reads only
 * the sheets of units in `allowed`; a filled sheet of another unit is a problem, not silently skipped.
 */
export function readScoringSheet(
  wb: ExcelJS.Workbook,
  args: {
    clusterId: string;
    criteria: readonly Criterion[];
    members: Member[];
    allowed: ReadonlySet<string>;
  },
): { units: SheetUnit[]; issues: SheetIssue[] } {
  const issues: SheetIssue[] = [];
  const meta = wb.getWorksheet(META_SHEET);
  if (!meta || plainValue(meta.getCell(1, 2).value) !== SHEET_FORMAT) {
    issues.push({
      path: "(tệp)",
      message:
        "Không phải phiếu chấm điểm của thidua (thiếu trang ẩn _thidua); hãy tải phiếu chấm từ hệ thống",
    });
    return { units: [], issues };
  }
  if (plainValue(meta.getCell(2, 2).value) !== args.clusterId) {
    const other = `${String(plainValue(meta.getCell(3, 2).value))} năm ${String(plainValue(meta.getCell(4, 2).value))}`;
    issues.push({ path: "(tệp)", message: `Đây là phiếu chấm của cụm ${other}, không phải của cụm này` });
    return { units: [], issues };
  }
  const unitOfSheet = new Map<string, string>();
  for (let r = META_UNITS_ROW; r < META_UNITS_ROW + 1000; r++) {
    if (plainValue(meta.getCell(r, 1).value) !== "sheet") break;
    unitOfSheet.set(
      String(plainValue(meta.getCell(r, 2).value)),
      String(plainValue(meta.getCell(r, 3).value)),
    );
  }
  const byCode = scoredAndGroups(args.criteria);
  const units: SheetUnit[] = [];
  for (const ws of wb.worksheets) {
    if (ws.name === META_SHEET) continue;
    const header = findHeader(ws);
    const code = unitOfSheet.get(ws.name) ?? ws.name;
    const member = args.members.find((m) => m.code === code);
    if (!member) {
      if (header)
        issues.push({
          path: cellPlace(ws.name),
          message: "Không biết trang này của đơn vị nào (đừng đổi tên trang)",
        });
      continue;
    }
    if (!header) {
      issues.push({
        path: cellPlace(ws.name),
        message: `Không tìm thấy dòng tiêu đề ("${CODE_HEADER}", "${VALUE_HEADER}")`,
      });
      continue;
    }
    const read = readUnitSheet(ws, header, byCode, issues);
    if (read.cells.size === 0) continue;
    if (!args.allowed.has(member.unitId)) {
      issues.push({
        path: cellPlace(ws.name),
        message: `Bạn không được nhập điểm cho đơn vị ${member.code}`,
      });
      continue;
    }
    units.push({ unit: member, sheet: ws.name, ...read });
  }
  return { units, issues };
}

function readUnitSheet(
  ws: ExcelJS.Worksheet,
  header: Header,
  byCode: Map<string, Criterion>,
  issues: SheetIssue[],
) {
  const inputs: Record<string, ScoreInput> = {};
  const cells = new Map<string, SheetCell>();
  const codeLetter = ws.getColumn(header.code).letter;
  const valueLetter = ws.getColumn(header.value).letter;
  const seen = new Map<string, number>();
  const last = Math.min(ws.rowCount, header.row + MAX_ROWS);
  for (let r = header.row + 1; r <= last; r++) {
    const row = ws.getRow(r);
    const rawCode = plainValue(row.getCell(header.code).value);
    const value = plainValue(row.getCell(header.value).value);
    const at = (column: string) => cellPlace(ws.name, r, column);
    if (rawCode === null) {
      if (value !== null)
        issues.push({ path: at(codeLetter), message: "Có giá trị nhưng thiếu mã tiêu chí" });
      continue;
    }
    const code = typeof rawCode === "object" ? "" : String(rawCode);
    const criterion = byCode.get(code);
    if (!criterion) {
      issues.push({ path: at(codeLetter), message: `Mã tiêu chí "${code}" không có trong giao ước` });
      continue;
    }
    const first = seen.get(code);
    if (first !== undefined) {
      issues.push({ path: at(codeLetter), message: `Tiêu chí "${code}" đã có ở dòng ${first}` });
      continue;
    }
    seen.set(code, r);
    if (value === null) continue;
    if (criterion.method === undefined) {
      issues.push({
        path: at(valueLetter),
        message: `"${code}" là nhóm tiêu chí: không nhập điểm (điểm là tổng các tiêu chí con)`,
      });
      continue;
    }
    const result = inputOfCell(criterion as ScoredCriterion, value);
    if (!result.ok) {
      issues.push({ path: at(valueLetter), message: `Tiêu chí ${code}: ${result.message}` });
      continue;
    }
    inputs[code] = result.input;
    cells.set(code, { row: r, column: valueLetter, ...extras(row, header) });
  }
  return { inputs, cells };
}

/**
 * The note (blank: none) and the version the sheet was downloaded with (0 when blank, unreadable or the
 * column is missing: the sheet then claims the input did not exist, so one that does conflicts).
 */
function extras(row: ExcelJS.Row, header: Header): { note: string | null; version: number } {
  const note = header.note > 0 ? plainValue(row.getCell(header.note).value) : null;
  const version = header.version > 0 ? plainValue(row.getCell(header.version).value) : null;
  return {
    note: typeof note === "string" || typeof note === "number" ? String(note) : null,
    version: typeof version === "number" && Number.isInteger(version) && version >= 0 ? version : 0,
  };
}

/** The header row: the first 20 rows are searched for the "Mã" and "Giá trị nhập" column titles. */
function findHeader(ws: ExcelJS.Worksheet): Header | undefined {
  for (let r = 1; r <= Math.min(20, ws.rowCount); r++) {
    const row = ws.getRow(r);
    const found = { row: r, code: 0, value: 0, note: 0, version: 0 };
    row.eachCell((cell, col) => {
      const text = plainValue(cell.value);
      if (text === CODE_HEADER && found.code === 0) found.code = col;
      if (text === VALUE_HEADER && found.value === 0) found.value = col;
      if (text === NOTE_HEADER && found.note === 0) found.note = col;
      if (text === VERSION_HEADER && found.version === 0) found.version = col;
    });
    if (found.code > 0 && found.value > 0) return found;
  }
  return undefined;
}

function scoredAndGroups(criteria: readonly Criterion[]): Map<string, Criterion> {
  const out = new Map<string, Criterion>();
  const walk = (list: readonly Criterion[]) => {
    for (const c of list) {
      out.set(c.code, c);
      if (c.method === undefined) walk(c.children);
    }
  };
  walk(criteria);
  return out;
}
