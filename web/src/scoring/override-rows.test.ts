import { describe, expect, it } from "vitest";
import { checkOverrides, type OverrideDraft, overrideIssues } from "./override-rows";

const m = { pick: "pick", value: "value", reason: "reason", duplicate: (c: string) => `dup ${c}` };
const row = (key: number, patch: Partial<OverrideDraft> = {}): OverrideDraft => ({
  key,
  criterionCode: "I.1",
  value: { points: 5 },
  reason: "Hồ sơ bổ sung",
  ...patch,
});

describe("finalize overrides", () => {
  it("asks for a criterion, a value and a reason on each row, and refuses the same criterion twice", () => {
    expect(checkOverrides([row(1)], m).size).toBe(0);
    const errors = checkOverrides(
      [
        row(1, { reason: "  " }),
        row(2, { criterionCode: "I.2", value: null }),
        row(3),
        row(4, { criterionCode: "" }),
      ],
      m,
    );
    expect(errors.get(1)).toEqual({ reason: "reason" });
    expect(errors.get(2)).toEqual({ value: "value" });
    expect(errors.get(3)).toEqual({ criterionCode: "dup I.1" });
    expect(errors.get(4)).toEqual({ criterionCode: "pick" });
  });

  it("places the server's located issues on the row they name, the rest apart", () => {
    const rows = [row(7), row(9, { criterionCode: "II.2" })];
    const { byRow, other } = overrideIssues(rows, [
      { path: "overrides[1].value", message: "Vượt quá 10 điểm" },
      { path: "note", message: "Tối đa 2000 ký tự" },
    ]);
    expect(byRow.get(9)).toEqual({ value: "Vượt quá 10 điểm" });
    expect(byRow.has(7)).toBe(false);
    expect(other).toEqual([{ path: "note", message: "Tối đa 2000 ký tự" }]);
  });
});
