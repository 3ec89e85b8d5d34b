import { describe, expect, it } from "vitest";
import { formatIssue, formatPath } from "./issues";

describe("formatPath", () => {
  it("uses dots for identifier-like keys and brackets for the rest", () => {
    expect(formatPath(["scores", "HL", "I.2", "actual"])).toBe('scores.HL["I.2"].actual');
    expect(formatPath(["criteria", 0, "children", 12, "max"])).toBe("criteria[0].children[12].max");
    expect(formatPath(["scores", "Đông Triều"])).toBe('scores["Đông Triều"]');
    expect(formatPath(["scores", 'say "hi"'])).toBe('scores["say \\"hi\\""]');
    expect(formatPath(["1a"])).toBe('["1a"]');
    expect(formatPath([])).toBe("");
  });
});

describe("formatIssue", () => {
  it("prints path: message, and (file) for the whole file", () => {
    expect(formatIssue({ path: 'scores.HL["I.2"].actual', message: "must be a number ≥ 0" })).toBe(
      'scores.HL["I.2"].actual: must be a number ≥ 0',
    );
    expect(formatIssue({ path: "", message: "malformed JSON: x" })).toBe("(file): malformed JSON: x");
  });
});
