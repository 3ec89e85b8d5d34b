import type { ScoreInput } from "../contracts/cluster-year";

// The 2020 year of Cluster 1 as the demo plays it: each unit's own targets in the pact and its self-scores.
// The figures are illustrative; the seed article gives no scores.

export const UNIT_CODES = ["HL", "UB", "QY", "DT", "CP", "MC"] as const;

/** Each unit's own targets for the quantitative criteria, in UNIT_CODES order. */
export const TARGETS_2020: Record<string, number[]> = {
  "I.4": [180, 130, 110, 120, 150, 125],
  "II.2": [98, 96, 95, 95, 97, 95],
  "IV.1": [16, 10, 8, 9, 12, 9],
  "V.1": [45, 32, 28, 30, 40, 30],
};

const level = (l: string): ScoreInput => ({ level: l });
const pts = (points: number): ScoreInput => ({ points });
const count = (n: number): ScoreInput => ({ count: n });
const actual = (a: number): ScoreInput => ({ actual: a });
const passed = (p: boolean): ScoreInput => ({ passed: p });
const xs = "Hoàn thành xuất sắc";
const tot = "Hoàn thành tốt";

/** Self inputs per criterion, in UNIT_CODES order (null: left empty). */
const TABLE: [string, (ScoreInput | null)[]][] = [
  ["I.1", [level(xs), level(xs), level(tot), level(tot), level(xs), level("Hoàn thành")]],
  ["I.2", [pts(6), pts(5.5), pts(5), pts(5.5), pts(5.5), pts(4.5)]],
  ["I.3", [count(26), count(22), count(18), count(20), count(24), count(14)]],
  ["I.4", [actual(205), actual(150), actual(118), actual(126), actual(162), actual(110)]],
  ["II.1", [passed(true), passed(true), passed(true), passed(true), passed(true), passed(true)]],
  ["II.2", [actual(99), actual(97), actual(95), actual(96), actual(97), actual(92)]],
  ["II.3", [level("Tốt"), level("Tốt"), level("Khá"), level("Tốt"), level("Tốt"), level("Khá")]],
  ["III.1", [count(12), count(12), count(11), count(12), count(12), count(10)]],
  ["III.2", [pts(5.5), pts(5.5), pts(4.5), pts(5), pts(5), pts(4)]],
  ["IV.1", [actual(17), actual(10), actual(8), actual(9), actual(13), actual(8)]],
  ["IV.2", [level("Tốt"), level("Tốt"), level("Khá"), level("Khá"), level("Tốt"), level("Trung bình")]],
  ["V.1", [actual(52), actual(36), actual(30), actual(33), actual(44), actual(26)]],
  ["V.2", [pts(5), pts(4.5), pts(4), pts(4.5), pts(5), pts(3.5)]],
  ["VI.1", [pts(5), pts(4.5), pts(4), pts(4.5), pts(4.5), pts(4)]],
  ["VI.2", [passed(true), passed(true), passed(true), passed(true), passed(true), passed(false)]],
  ["T.1", [pts(3), pts(2), pts(1), pts(2), pts(2), null]],
  ["T.2", [pts(2), null, null, null, pts(1), null]],
  ["TR.1", [null, count(1), null, count(1), null, count(2)]],
];

/** One unit's self inputs, criterion code → input. */
export const selfInputs2020 = (unitIndex: number): Record<string, ScoreInput> =>
  Object.fromEntries(
    TABLE.flatMap(([code, values]) => (values[unitIndex] ? [[code, values[unitIndex]]] : [])),
  );

/** The targets as the pact's use case takes them: unit code → figure. */
export const targetsByCode = (criterionCode: string): Record<string, number> =>
  Object.fromEntries(UNIT_CODES.map((code, i) => [code, TARGETS_2020[criterionCode]?.[i] ?? 0]));

/** The reviewers' changes: unit code, criterion, reviewed value, comment (Hạ Long's by the cross-scorer, Uông Bí). */
export const REVIEWS_2020: [string, string, ScoreInput, string][] = [
  ["HL", "T.1", pts(2), "Mô hình chưa có văn bản công nhận của cấp trên"],
  ["UB", "III.2", pts(5), "Báo cáo tháng 7 chưa có đề xuất xử lý"],
  ["QY", "I.3", count(16), "2 tin trùng lặp"],
  ["DT", "TR.1", count(2), "Báo cáo quý III gửi chậm 5 ngày"],
  ["MC", "V.1", actual(24), "2 bài viết đăng lại, không phải bài tự viết"],
];
