import { describe, expect, it } from "vitest";
import type { Criterion, Scores } from "../../contracts/cluster-year";
import { clusterFile, scoresOf } from "./testing";

const units = ["A", "B", "C", "D", "E"];
const score = (criterion: Criterion, scores: Scores) =>
  scoresOf(clusterFile({ units, criteria: [criterion], scores }), criterion.code);
const actuals = (values: Record<string, number>): Scores =>
  Object.fromEntries(Object.entries(values).map(([unit, actual]) => [unit, { R: { actual } }]));

describe("leaderRelative, units with a target", () => {
  const c: Criterion = { code: "R", title: "Tin bài", method: "leaderRelative", max: 20, target: 100 };

  it("applies the four branches: r < 1, r = 1, r > 1 = L, 1 < r < L", () => {
    // r: A 0.8, B 1, C 1.5 (the leader), D 1.2, E 1.05
    expect(score(c, actuals({ A: 80, B: 100, C: 150, D: 120, E: 105 }))).toEqual({
      A: 8, // 0.5 × 20 × 0.8
      B: 10, // 0.5 × 20
      C: 20, // the leader takes max
      D: 14, // 10 + 10 × 0.2 / 0.5
      E: 11, // 10 + 10 × 0.05 / 0.5
    });
  });

  it("gives max to every unit that shares the leading ratio", () => {
    expect(score(c, actuals({ A: 130, B: 130, C: 115 }))).toEqual({ A: 20, B: 20, C: 15, D: 0, E: 0 });
  });

  it("uses each unit's own target (targets) for r", () => {
    const own: Criterion = {
      code: "R",
      title: "x",
      method: "leaderRelative",
      max: 20,
      target: 100,
      targets: { A: 200, B: 50 },
    };
    // r: A 260/200 = 1.3, B 60/50 = 1.2, C 100/100 = 1, D 90/100 = 0.9; L = 1.3
    expect(score(own, actuals({ A: 260, B: 60, C: 100, D: 90 }))).toEqual({
      A: 20,
      B: 16.67, // 10 + 10 × 0.2 / 0.3 = 16.666…
      C: 10,
      D: 9,
      E: 0, // missing input
    });
  });

  it("rounds the non-terminating ratios exactly", () => {
    // r: A 1.25, B 1.3 (L), C 0.333333 -> A = 10 + 10 × 0.25 / 0.3 = 18.333…, C = 3.33333
    expect(score(c, actuals({ A: 125, B: 130, C: 33.3333 }))).toMatchObject({ A: 18.33, B: 20, C: 3.33 });
  });

  it("gives only half the points when nobody exceeds the target", () => {
    expect(score(c, actuals({ A: 100, B: 50 }))).toMatchObject({ A: 10, B: 5 });
  });
});

describe("leaderRelative, units with no target", () => {
  it("scores them max × a / A against each other (A: largest actual without a target)", () => {
    const c: Criterion = {
      code: "R",
      title: "Mô hình",
      method: "leaderRelative",
      max: 12,
      targets: { A: 4, B: 3 },
    };
    // A, B have targets: r = 1.25 (L) and 1. C, D, E have none: A = 6.
    expect(score(c, actuals({ A: 5, B: 3, C: 6, D: 2, E: 5 }))).toEqual({ A: 12, B: 6, C: 12, D: 4, E: 10 });
  });

  it("treats a target of 0, in target or in targets, as no target", () => {
    const c: Criterion = {
      code: "R",
      title: "x",
      method: "leaderRelative",
      max: 10,
      target: 0,
      targets: { A: 0, B: 8 },
    };
    // B: r = 1.25 -> leader, 10. A, C: no target, A = 9: A 10 × 3/9 = 3.33, C 10.
    expect(score(c, actuals({ A: 3, B: 10, C: 9 }))).toEqual({ A: 3.33, B: 10, C: 10, D: 0, E: 0 });
  });

  it("scores 0 when the largest actual among them is 0 (A = 0)", () => {
    const c: Criterion = { code: "R", title: "x", method: "leaderRelative", max: 10, targets: { A: 4 } };
    expect(score(c, actuals({ A: 5, B: 0, C: 0 }))).toEqual({ A: 10, B: 0, C: 0, D: 0, E: 0 });
  });

  it("does not let a unit without a target set L for those with one", () => {
    const c: Criterion = {
      code: "R",
      title: "x",
      method: "leaderRelative",
      max: 10,
      targets: { A: 10, B: 10 },
    };
    // C has no target and a huge actual; L is still A's 1.5.
    expect(score(c, actuals({ A: 15, B: 12, C: 1000 }))).toMatchObject({ A: 10, B: 7, C: 10 });
  });
});
