import type { Criterion, Method, Rules } from "../../contracts/cluster-year";

// Vietnamese names of the scoring methods and rules, as the Excel files show them: the same names as the
// web app (web/src/i18n/vi-pacts.ts), so a method is called one thing everywhere.

export const METHOD_LABELS: Record<Method | "group", string> = {
  group: "Nhóm tiêu chí",
  manual: "Chấm trực tiếp",
  passFail: "Đạt/Không đạt",
  target: "Theo chỉ tiêu",
  leaderRelative: "So với đơn vị dẫn đầu",
  perOccurrence: "Theo số lần",
  levels: "Theo mức",
  bonus: "Điểm thưởng",
  penalty: "Điểm trừ",
};

const numberVi = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 });
export const num = (n: number): string => numberVi.format(n);

export const levelsText = (levels: { label: string; ratio: number }[]): string =>
  levels.map((l) => `${l.label} (${num(l.ratio * 100)}%)`).join("; ");

/** What to type in the input cell of a scoring sheet, for a unit with target `target`. */
export function howToEnter(c: Criterion, target: number | undefined): string {
  switch (c.method) {
    case undefined:
      return "Không nhập (tổng của các tiêu chí con)";
    case "manual":
    case "bonus":
      return `Số điểm từ 0 đến ${num(c.max)}`;
    case "passFail":
      return `Chọn "Có" (đạt, ${num(c.max)} điểm) hoặc "Không"`;
    case "target":
    case "leaderRelative":
      return target && target > 0
        ? `Kết quả thực hiện (chỉ tiêu của đơn vị: ${num(target)})`
        : "Kết quả thực hiện (không giao chỉ tiêu: so với các đơn vị khác)";
    case "perOccurrence":
      return `Số lần (${num(c.pointsEach)} điểm/lần, tối đa ${num(c.max)} điểm)`;
    case "penalty":
      return `Số lần vi phạm (trừ ${num(c.pointsEach)} điểm/lần${c.max !== undefined ? `, tối đa ${num(c.max)}` : ""})`;
    case "levels":
      return `Chọn mức: ${levelsText(c.levels)}`;
  }
}

export function tieBreakText(key: string): string {
  if (key === "fewerPenalties") return "Ít điểm trừ hơn";
  if (key === "moreBonus") return "Nhiều điểm thưởng hơn";
  return `Điểm ${key.slice("group:".length)} cao hơn`;
}

/** The rules as label/value lines. */
export function rulesLines(rules: Rules): [string, string][] {
  const lines: [string, string][] = [];
  lines.push(["Điểm thưởng tối đa", rules.bonusCap === undefined ? "Không giới hạn" : num(rules.bonusCap)]);
  lines.push([
    "Khi bằng tổng điểm, xét lần lượt",
    (rules.tieBreak ?? []).map(tieBreakText).join("; ") || "Đồng hạng",
  ]);
  for (const band of rules.bands ?? []) lines.push([`Xếp loại "${band.label}"`, `từ ${num(band.min)} điểm`]);
  lines.push([
    "Đề nghị đơn vị dẫn đầu",
    rules.leading ? `tổng điểm từ ${num(rules.leading.minTotal)}` : "Không đặt ngưỡng",
  ]);
  return lines;
}
