import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { UnitResult } from "../../contracts/cluster-year";
import { explainDifference } from "./explain";
import { parseClusterYear } from "./parse";
import { scoreClusterYear } from "./score";
import { clusterFile } from "./testing";

const parsed = parseClusterYear(readFileSync(new URL("./fixtures/cum1-2020.json", import.meta.url), "utf8"));
if (!parsed.ok) throw new Error("fixture should be valid");
const file = parsed.file;
const results = Object.fromEntries(scoreClusterYear(file).results.map((r) => [r.unit, r])) as Record<
  string,
  UnitResult
>;

describe("explainDifference", () => {
  it("names the tie-break key that decided between equal totals (MC before QY on group I)", () => {
    const why = explainDifference(results.MC!, results.QY!, file);
    expect(why.ahead).toBe("MC");
    expect(why.decidedBy).toBe("group:I");
    expect(why.keys).toEqual([
      { key: "total", a: 73.01, b: 73.01 },
      { key: "group:I", a: 28.5, b: 27.83 },
    ]);
  });

  it("lists every criterion where they differ, in document order, with exact deltas", () => {
    const why = explainDifference(results.MC!, results.QY!, file);
    expect(why.criteria.map((c) => [c.code, c.a, c.b, c.delta])).toEqual([
      ["I", 28.5, 27.83, 0.67],
      ["I.1", 9, 8.5, 0.5],
      ["I.2", 10, 8.33, 1.67],
      ["I.4", 4.5, 6, -1.5],
      ["I.5", 1, 0, 1],
      ["II", 26, 27.68, -1.68],
      ["II.1", 15, 10, 5],
      ["II.2", 7.5, 10, -2.5],
      ["II.3", 3.5, 7.68, -4.18],
      ["II.3.1", 3.5, 2.68, 0.82],
      ["II.3.2", 0, 5, -5],
      ["II.4", 1, 0.5, 0.5],
      ["III", 16.51, 19, -2.49],
      ["III.1", 0, 6, -6],
      ["III.2", 9.01, 8, 1.01],
      ["III.3", 7.5, 5, 2.5],
      ["B", 2, 0, 2],
      ["T", 0, 2, -2],
    ]);
    expect(why.criteria[0]).toMatchObject({
      title: "Công tác tham mưu, chỉ đạo, hướng dẫn",
      depth: 0,
      method: "group",
    });
    expect(why.criteria[9]).toMatchObject({ code: "II.3.1", depth: 2, method: "manual" });
  });

  it("says the total decided when totals differ, whichever unit comes first", () => {
    const why = explainDifference(results.DT!, results.HL!, file);
    expect([why.ahead, why.decidedBy, why.keys]).toEqual([
      "HL",
      "total",
      [{ key: "total", a: 59.42, b: 104 }],
    ]);
  });

  it("says fewerPenalties decided with the lower penalty ahead", () => {
    const small = clusterFile({
      criteria: [
        { code: "a", title: "a", method: "manual", max: 10 },
        { code: "p", title: "p", method: "penalty", pointsEach: 1 },
      ],
      rules: { tieBreak: ["fewerPenalties"] },
      scores: { A: { a: { points: 6 }, p: { count: 1 } }, B: { a: { points: 5 } } },
    });
    const r = scoreClusterYear(small).results;
    const why = explainDifference(r.find((x) => x.unit === "A")!, r.find((x) => x.unit === "B")!, small);
    expect([why.ahead, why.decidedBy]).toEqual(["B", "fewerPenalties"]);
  });

  it("reports a shared rank: nothing decided, no criterion differs", () => {
    const same = clusterFile({
      criteria: [{ code: "a", title: "a", method: "manual", max: 10 }],
      scores: { A: { a: { points: 5 } }, B: { a: { points: 5 } } },
    });
    const [x, y] = scoreClusterYear(same).results;
    expect(explainDifference(x!, y!, same)).toEqual({
      ahead: null,
      decidedBy: null,
      keys: [{ key: "total", a: 5, b: 5 }],
      criteria: [],
    });
  });
});
