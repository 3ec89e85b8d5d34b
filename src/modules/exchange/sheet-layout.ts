import type { ScoreInput } from "../../contracts/cluster-year";

// The layout of a scoring sheet (phiếu chấm điểm), shared by the writer and the reader.

export const SHEET_FORMAT = "thidua.scoring-sheet/v1";
/** A very hidden sheet: which cluster, which stage, which sheet is which unit, and the level lists. */
export const META_SHEET = "_thidua";
export const SHEET_HEADERS = [
  "Mã",
  "Tiêu chí",
  "Phương pháp chấm",
  "Giá trị nhập",
  "Điểm tối đa",
  "Cách nhập",
  "Ghi chú / Nhận xét",
  "Phiên bản (không sửa)",
] as const;
export const SHEET_HEADER_ROW = 5;
/**
 * Column G: the unit's note (self) or the reviewer's comment (review), needed where a review differs from the
 * self value. Column H, hidden: each input's version when the sheet was downloaded, so that an input someone
 * saved since is refused (409) instead of overwritten.
 */
export const COL = { code: 1, title: 2, method: 3, value: 4, max: 5, how: 6, note: 7, version: 8 } as const;
/** Rows of the meta sheet from which sheet → unit lines start. */
export const META_UNITS_ROW = 8;

export const YES = "Có";
export const NO = "Không";

/** An input as a cell shows it: numbers as numbers, pass/fail as Có/Không, a level as its label. */
export function cellOfInput(input: ScoreInput): string | number | null {
  if (input.points !== undefined) return input.points;
  if (input.passed !== undefined) return input.passed ? YES : NO;
  if (input.actual !== undefined) return input.actual;
  if (input.count !== undefined) return input.count;
  if (input.level !== undefined) return input.level;
  return null;
}

/** "Trang 'HL', dòng 7, cột D": where a problem is, as a Vietnamese reader of Excel says it. */
export const cellPlace = (sheet: string, row?: number, column?: string): string =>
  `Trang '${sheet}'${row !== undefined ? `, dòng ${row}` : ""}${column ? `, cột ${column}` : ""}`;
