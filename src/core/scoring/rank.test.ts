import { describe, expect, it } from "vitest";
import type { Criterion, Rules, Scores } from "../../contracts/cluster-year";
import { scoreClusterYear } from "./score";
import { clusterFile } from "./testing";

const manual: Criterion = { code: "a", title: "a", method: "manual", max: 100 };
const byPoints = (points: Record<string, number>): Scores =>
  Object.fromEntries(Object.entries(points).map(([unit, p]) => [unit, { a: { points: p } }]));
const ranking = (
  units: [string, string][],
  scores: Scores,
  criteria: Criterion[] = [manual],
  rules: Rules = {},
) => scoreClusterYear(clusterFile({ units, criteria, scores, rules })).results.map((r) => [r.rank, r.unit]);

describe("ranking by total", () => {
  it("orders by total, highest first", () => {
    const units: [string, string][] = [
      ["A", "A"],
      ["B", "B"],
      ["C", "C"],
    ];
    expect(ranking(units, byPoints({ A: 50, B: 70.5, C: 70.49 }))).toEqual([
      [1, "B"],
      [2, "C"],
      [3, "A"],
    ]);
  });

  it("shares a rank between equal units and skips the next (1, 2, 2, 4)", () => {
    const units: [string, string][] = [
      ["A", "Móng Cái"],
      ["B", "Hạ Long"],
      ["C", "Đông Triều"],
      ["D", "Uông Bí"],
    ];
    expect(ranking(units, byPoints({ A: 90, B: 80, C: 80, D: 70 }))).toEqual([
      [1, "A"],
      [2, "C"], // Đông Triều before Hạ Long
      [2, "B"],
      [4, "D"],
    ]);
  });

  it("lists a shared rank in Vietnamese alphabetical order (Intl.Collator('vi'))", () => {
    const units: [string, string][] = [
      ["HL", "Hạ Long"],
      ["DT", "Đông Triều"],
      ["CP", "Cẩm Phả"],
      ["DK", "Dương Kinh"],
    ];
    // D comes before Đ in Vietnamese: Dương Kinh, then Đông Triều (a root collation puts Đông first).
    expect(ranking(units, byPoints({ HL: 80, DT: 80, CP: 80, DK: 80 }))).toEqual([
      [1, "CP"],
      [1, "DK"],
      [1, "DT"],
      [1, "HL"],
    ]);
  });
});

describe("tie-breaks", () => {
  const criteria: Criterion[] = [
    { code: "I", title: "I", children: [{ code: "i1", title: "i1", method: "manual", max: 10 }] },
    { code: "x", title: "x", method: "manual", max: 10 },
    { code: "b", title: "b", method: "bonus", max: 5 },
    { code: "p", title: "p", method: "penalty", pointsEach: 1 },
  ];
  const units: [string, string][] = [
    ["A", "Hạ Long"],
    ["B", "Uông Bí"],
    ["C", "Quảng Yên"],
    ["D", "Đông Triều"],
    ["E", "Cẩm Phả"],
  ];
  // Every total is 8. I: A 6, others 5. Penalty: C 1, D 2. Bonus: E 1.
  const scores: Scores = {
    A: { i1: { points: 6 }, x: { points: 2 } },
    B: { i1: { points: 5 }, x: { points: 3 } },
    C: { i1: { points: 5 }, x: { points: 4 }, p: { count: 1 } },
    D: { i1: { points: 5 }, x: { points: 5 }, p: { count: 2 } },
    E: { i1: { points: 5 }, x: { points: 2 }, b: { points: 1 } },
  };

  it("applies group:CODE, then fewerPenalties, then moreBonus", () => {
    const rules: Rules = { tieBreak: ["group:I", "fewerPenalties", "moreBonus"] };
    expect(ranking(units, scores, criteria, rules)).toEqual([
      [1, "A"], // highest group I
      [2, "E"], // no penalty, more bonus than B
      [3, "B"],
      [4, "C"], // 1 penalty
      [5, "D"], // 2 penalties
    ]);
  });

  it("applies the keys in the order the rules list them", () => {
    const rules: Rules = { tieBreak: ["moreBonus", "group:I"] };
    expect(ranking(units, scores, criteria, rules)).toEqual([
      [1, "E"],
      [2, "A"],
      [3, "D"], // B, C, D still equal: shared rank, by name
      [3, "C"],
      [3, "B"],
    ]);
  });

  it("shares one rank among all units without tie-break keys", () => {
    expect(ranking(units, scores, criteria).map(([rank]) => rank)).toEqual([1, 1, 1, 1, 1]);
    expect(ranking(units, scores, criteria).map(([, unit]) => unit)).toEqual(["E", "D", "A", "C", "B"]);
  });

  it("accepts a scored criterion (not only a group) in group:CODE", () => {
    const rules: Rules = { tieBreak: ["group:x"] };
    expect(ranking(units, scores, criteria, rules).map(([rank, unit]) => `${rank}${unit}`)).toEqual([
      "1D",
      "2C",
      "3B",
      "4E", // E and A: x = 2, shared rank, Cẩm Phả before Hạ Long
      "4A",
    ]);
  });
});

describe("band and eligibleForLeading", () => {
  const units: [string, string][] = [
    ["A", "A"],
    ["B", "B"],
    ["C", "C"],
    ["D", "D"],
    ["E", "E"],
  ];
  const rules: Rules = {
    bands: [
      { label: "Tốt", min: 80 },
      { label: "Xuất sắc", min: 95 },
      { label: "Khá", min: 64.995 },
    ],
    leading: { minTotal: 90 },
  };
  const results = () =>
    scoreClusterYear(
      clusterFile({
        units,
        criteria: [manual],
        rules,
        scores: byPoints({ A: 95, B: 94.99, C: 90, D: 65, E: 64.99 }),
      }),
    ).results.map((r) => [r.unit, r.band, r.eligibleForLeading]);

  it("take the band with the highest min the total reaches, comparing with the exact min", () => {
    expect(results()).toEqual([
      ["A", "Xuất sắc", true],
      ["B", "Tốt", true],
      ["C", "Tốt", true],
      ["D", "Khá", false],
      ["E", null, false], // 64.99 < 64.995
    ]);
  });

  it("are null and false without bands and leading rules", () => {
    const file = clusterFile({ criteria: [manual], scores: byPoints({ A: 100 }) });
    expect(scoreClusterYear(file).results[0]).toMatchObject({
      unit: "A",
      band: null,
      eligibleForLeading: false,
    });
  });

  it("take the first listed band among equal mins", () => {
    const file = clusterFile({
      criteria: [manual],
      rules: {
        bands: [
          { label: "Một", min: 50 },
          { label: "Hai", min: 50 },
        ],
      },
      scores: byPoints({ A: 60 }),
    });
    expect(scoreClusterYear(file).results[0]!.band).toBe("Một");
  });
});

describe("the ranking document", () => {
  it("names the cluster and year and carries each unit's name", () => {
    const out = scoreClusterYear(
      clusterFile({ units: [["HL", "Hạ Long"]], criteria: [manual], scores: byPoints({ HL: 1 }) }),
    );
    expect(out).toEqual({
      format: "thidua.ranking/v1",
      cluster: "CUM1",
      year: 2020,
      results: [
        {
          rank: 1,
          unit: "HL",
          name: "Hạ Long",
          total: 1,
          base: 1,
          bonus: 0,
          penalty: 0,
          band: null,
          eligibleForLeading: false,
          scores: { a: 1 },
        },
      ],
    });
  });
});
