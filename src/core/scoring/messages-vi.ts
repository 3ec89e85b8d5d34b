import { badCharacterMessage } from "../text/bad-characters";
import { MSG } from "./messages";

// The engine words its problems in English for the CLI (scoring.md); people editing a pact in the web app
// read Vietnamese. The path stays the engine's, so the form can point at the very field.

const FIXED = new Map<string, string>([
  [MSG.required, "Bắt buộc"],
  [MSG.nonNegative, "Phải là một số ≥ 0"],
  [MSG.positive, "Phải là một số lớn hơn 0"],
  [MSG.number, "Phải là một số"],
  [MSG.wholeCount, "Phải là số nguyên ≥ 0"],
  [MSG.ratio, "Phải là một số từ 0 đến 1"],
  [MSG.boolean, "Phải là đúng hoặc sai"],
  [MSG.string, "Phải là chuỗi ký tự"],
  [MSG.text, "Không được để trống"],
  [MSG.object, "Phải là một đối tượng"],
  [MSG.array, "Phải là một danh sách"],
  [MSG.year, "Phải là một năm (số nguyên)"],
  [MSG.code, "Mã phải dài 1–64 ký tự, không có khoảng trắng ở đầu hoặc cuối"],
  [MSG.reservedKey, 'Không được dùng tên "__proto__"'],
  [MSG.unknownField, "Trường không có trong định dạng"],
  [
    MSG.unknownMethod,
    "Cách chấm không hợp lệ (manual, passFail, target, leaderRelative, perOccurrence, levels, bonus, penalty; nhóm thì không có cách chấm)",
  ],
  [MSG.tieBreak, 'Phải là "group:MÃ", "fewerPenalties" hoặc "moreBonus"'],
  [MSG.groupInput, "Nhóm tiêu chí không nhận giá trị: điểm của nhóm là tổng điểm các tiêu chí con"],
  [MSG.format, 'Phải là "thidua.cluster-year/v1"'],
  [MSG.atLeastOne("criterion"), "Cần ít nhất một tiêu chí"],
  [MSG.atLeastOne("unit"), "Cần ít nhất một đơn vị"],
  [MSG.atLeastOne("level"), "Cần ít nhất một mức"],
]);

const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^duplicate criterion code (".*") \(first at (.*)\)$/u,
    (m) => `Mã tiêu chí ${m[1]} bị trùng (đã có ở ${m[2]})`,
  ],
  [/^duplicate unit code (".*") \(first at (.*)\)$/u, (m) => `Mã đơn vị ${m[1]} bị trùng (đã có ở ${m[2]})`],
  [/^duplicate level (".*")$/u, (m) => `Mức ${m[1]} bị trùng`],
  [/^unknown unit (".*")$/u, (m) => `Đơn vị ${m[1]} không thuộc cụm`],
  [/^unknown criterion (".*")$/u, (m) => `Không có tiêu chí ${m[1]} trong bảng`],
  [
    /^must be at most (.+) \(the criterion's max\)$/u,
    (m) => `Không được vượt quá ${viNumber(m[1])} (điểm tối đa của tiêu chí)`,
  ],
  [
    /^not an input of a (\w+) criterion \(it takes "(\w+)"\)$/u,
    (m) => `Không phải giá trị của tiêu chí chấm theo cách "${m[1]}" (tiêu chí này nhận "${m[2]}")`,
  ],
  [/^required for a (\w+) criterion$/u, (m) => `Bắt buộc với tiêu chí chấm theo cách "${m[1]}"`],
  [/^unknown level (".*") \(expected one of (.*)\)$/u, (m) => `Không có mức ${m[1]} (các mức: ${m[2]})`],
  [/^malformed JSON: (.*)$/u, (m) => `Tệp JSON hỏng: ${m[1]}`],
  [/^must be (.+ or .+)$/u, (m) => `Phải là ${m[1]?.replaceAll(" or ", " hoặc ")}`],
  [
    /^contains a character that cannot be stored .* at character (\d+)$/u,
    (m) => badCharacterMessage(Number(m[1]) - 1),
  ],
  [/^nested deeper than (\d+) levels$/u, (m) => `Dữ liệu lồng nhau quá sâu (tối đa ${m[1]} cấp)`],
];

/** "5.5" as Vietnamese writes it: "5,5". */
const viNumber = (text: string | undefined): string => (text ?? "").replace(".", ",");

/** The Vietnamese wording of an engine message; an unknown one is returned as it is rather than lost. */
export function vietnameseIssue(message: string): string {
  const fixed = FIXED.get(message);
  if (fixed !== undefined) return fixed;
  for (const [pattern, render] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return render(match);
  }
  return message;
}

/** An engine issue for the API: the Vietnamese wording, and the engine's own English for the English interface. */
export function bilingualIssue(issue: { path: string; message: string }) {
  return { path: issue.path, message: vietnameseIssue(issue.message), messageEn: issue.message };
}
