import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { maxPoints } from "./max-points";
import { parseClusterYear } from "./parse";

describe("maxPoints", () => {
  it("sums the top-level maxima, groups capped, bonus and penalty left out", () => {
    const parsed = parseClusterYear(
      readFileSync(new URL("./fixtures/cum1-2020.json", import.meta.url), "utf8"),
    );
    if (!parsed.ok) throw new Error("fixture should be valid");
    // I: 10 + 10 + 5 + 6 = 31, capped at 30; II: 20 + 10 + min(5 + 5, 8) = 38; III: 12 + 10 + 10 = 32.
    expect(maxPoints(parsed.file.criteria)).toBe(100);
  });

  it("counts levels at their max and rounds each max like a score", () => {
    expect(
      maxPoints([
        { code: "a", title: "a", method: "manual", max: 2.675 },
        { code: "b", title: "b", method: "levels", max: 4, levels: [{ label: "x", ratio: 0.5 }] },
        {
          code: "c",
          title: "c",
          max: 100,
          children: [{ code: "d", title: "d", method: "passFail", max: 1.005 }],
        },
        { code: "e", title: "e", method: "bonus", max: 9 },
        { code: "f", title: "f", method: "penalty", pointsEach: 1, max: 9 },
      ]),
    ).toBe(7.69); // 2.68 + 4 + 1.01
  });

  it("is 0 for a group with no children", () => {
    expect(maxPoints([{ code: "g", title: "g", children: [] }])).toBe(0);
  });
});
