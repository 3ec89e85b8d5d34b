import type ExcelJS from "exceljs";
import type { ScoredCriterion, ScoreInput } from "../../contracts/cluster-year";
import { badCharacterAt, badCharacterMessage } from "../../core/text/bad-characters";
import { num } from "./labels";
import { NO, YES } from "./sheet-layout";

// Reading one input cell of a scoring sheet: what Excel stored, turned into the file format's input, or
// a Vietnamese message saying what is wrong. Never clamped, never guessed.

export type Plain = string | number | boolean | null | { error: string };

/** The value a reader sees: a formula's result, rich text as text, blanks as null. */
export function plainValue(v: ExcelJS.CellValue | undefined): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") {
    const bad = badCharacterAt(v);
    if (bad >= 0) return { error: `c${badCharacterMessage(bad).slice(1)}` };
    return v.trim() === "" ? null : v.trim().normalize("NFC");
  }
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return { error: "là ngày tháng, không phải giá trị cần nhập" };
  if ("error" in v) return { error: `ô báo lỗi ${String(v.error)}` };
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined)
      return { error: "công thức chưa có kết quả (hãy mở và lưu lại tệp bằng Excel)" };
    return plainValue(result as ExcelJS.CellValue);
  }
  if ("richText" in v) return plainValue(v.richText.map((r) => r.text).join(""));
  if ("text" in v) return plainValue(String(v.text));
  return { error: "không đọc được giá trị của ô" };
}

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

function asNumber(v: Plain): number | undefined {
  if (typeof v === "number") return v;
  // A number typed into a text cell, with the Vietnamese decimal comma or a dot.
  if (typeof v === "string" && NUMBER.test(v)) return Number(v.replace(",", "."));
  return undefined;
}

const TRUE = new Set(["có", "co", "đạt", "dat", "x", "true", "1", "yes"]);
const FALSE = new Set(["không", "khong", "không đạt", "khong dat", "false", "0", "no"]);

export type CellResult = { ok: true; input: ScoreInput } | { ok: false; message: string };

/** The input a filled cell means for this criterion. */
export function inputOfCell(c: ScoredCriterion, v: Exclude<Plain, null>): CellResult {
  if (typeof v === "object") return { ok: false, message: v.error };
  const bad = (message: string): CellResult => ({ ok: false, message });
  switch (c.method) {
    case "manual":
    case "bonus": {
      const n = asNumber(v);
      if (n === undefined || n < 0) return bad(`phải là số điểm từ 0 đến ${num(c.max)}`);
      if (n > c.max) return bad(`${num(n)} vượt điểm tối đa ${num(c.max)}`);
      return { ok: true, input: { points: n } };
    }
    case "passFail": {
      const key = typeof v === "boolean" ? String(v) : String(v).toLowerCase();
      if (TRUE.has(key)) return { ok: true, input: { passed: true } };
      if (FALSE.has(key)) return { ok: true, input: { passed: false } };
      return bad(`phải là "${YES}" hoặc "${NO}"`);
    }
    case "target":
    case "leaderRelative": {
      const n = asNumber(v);
      if (n === undefined || n < 0) return bad("phải là kết quả thực hiện: một số ≥ 0");
      return { ok: true, input: { actual: n } };
    }
    case "perOccurrence":
    case "penalty": {
      const n = asNumber(v);
      if (n === undefined || n < 0 || !Number.isInteger(n)) return bad("phải là số lần: số nguyên ≥ 0");
      return { ok: true, input: { count: n } };
    }
    case "levels": {
      const text = String(v);
      const exact = c.levels.find((l) => l.label === text);
      const loose = c.levels.filter((l) => l.label.toLowerCase() === text.toLowerCase());
      const level = exact ?? (loose.length === 1 ? loose[0] : undefined);
      if (level) return { ok: true, input: { level: level.label } };
      const labels = c.levels.map((l) => `"${l.label}"`).join(", ");
      return bad(`mức "${text}" không có trong danh sách: ${labels}`);
    }
  }
}
