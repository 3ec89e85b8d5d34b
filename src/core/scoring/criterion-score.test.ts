import { describe, expect, it } from "vitest";
import type { Criterion, Scores } from "../../contracts/cluster-year";
import { clusterFile, scoresOf } from "./testing";

const one = (criterion: Criterion, scores: Scores) =>
  scoresOf(clusterFile({ criteria: [criterion], scores }), criterion.code);

describe("manual", () => {
  const c: Criterion = { code: "M", title: "Manual", method: "manual", max: 10 };
  it("scores the points given, rounded half away from zero", () => {
    expect(
      one(c, { A: { M: { points: 9.5 } }, B: { M: { points: 2.675 } }, C: { M: { points: 1.005 } } }),
    ).toEqual({
      A: 9.5,
      B: 2.68,
      C: 1.01,
    });
  });
  it("scores a missing input 0, and the full max when given", () => {
    expect(one(c, { A: { M: { points: 10 } } })).toEqual({ A: 10, B: 0, C: 0 });
  });
  it("rounds points with many decimals: 9.125 -> 9.13, 0.004999 -> 0", () => {
    expect(one(c, { A: { M: { points: 9.125 } }, B: { M: { points: 0.004999 } } })).toEqual({
      A: 9.13,
      B: 0,
      C: 0,
    });
  });
});

describe("passFail", () => {
  it("scores max or 0; a missing input is 0", () => {
    const c: Criterion = { code: "P", title: "Pass", method: "passFail", max: 5.125 };
    expect(one(c, { A: { P: { passed: true } }, B: { P: { passed: false } } })).toEqual({
      A: 5.13,
      B: 0,
      C: 0,
    });
  });
});

describe("target", () => {
  const c: Criterion = {
    code: "T",
    title: "Target",
    method: "target",
    max: 10,
    target: 12,
    targets: { B: 16 },
  };
  it("scores max × min(a / T, 1) against the unit's own target", () => {
    // A: 10 × 9/12 = 7.5; B: own target 16, 10 × 12/16 = 7.5; C: 10 × 11/12 = 9.1666… -> 9.17
    expect(one(c, { A: { T: { actual: 9 } }, B: { T: { actual: 12 } }, C: { T: { actual: 11 } } })).toEqual({
      A: 7.5,
      B: 7.5,
      C: 9.17,
    });
  });
  it("gives the whole max at or above the target, never more", () => {
    expect(one(c, { A: { T: { actual: 12 } }, B: { T: { actual: 40 } }, C: { T: { actual: 0 } } })).toEqual({
      A: 10,
      B: 10,
      C: 0,
    });
  });
  it("rounds an exact ratio: 8.025 × 1/3 = 2.675 -> 2.68", () => {
    const third: Criterion = { code: "T", title: "Target", method: "target", max: 8.025, target: 3 };
    expect(one(third, { A: { T: { actual: 1 } }, B: { T: { actual: 2 } } })).toEqual({
      A: 2.68,
      B: 5.35,
      C: 0,
    });
  });
});

describe("perOccurrence", () => {
  const c: Criterion = { code: "O", title: "Each", method: "perOccurrence", max: 6, pointsEach: 1.5 };
  it("scores min(n × pointsEach, max)", () => {
    expect(one(c, { A: { O: { count: 3 } }, B: { O: { count: 5 } }, C: { O: { count: 0 } } })).toEqual({
      A: 4.5,
      B: 6,
      C: 0,
    });
  });
  it("rounds the product: 3 × 0.335 = 1.005 -> 1.01", () => {
    const d: Criterion = { code: "O", title: "Each", method: "perOccurrence", max: 10, pointsEach: 0.335 };
    expect(one(d, { A: { O: { count: 3 } } })).toEqual({ A: 1.01, B: 0, C: 0 });
  });
});

describe("levels", () => {
  const c: Criterion = {
    code: "L",
    title: "Levels",
    method: "levels",
    max: 10.7,
    levels: [
      { label: "Tốt", ratio: 1 },
      { label: "Khá", ratio: 0.75 },
      { label: "Yếu", ratio: 0 },
    ],
  };
  it("scores max × the level's ratio", () => {
    // 10.7 × 0.75 = 8.025 -> 8.03
    expect(
      one(c, { A: { L: { level: "Tốt" } }, B: { L: { level: "Khá" } }, C: { L: { level: "Yếu" } } }),
    ).toEqual({
      A: 10.7,
      B: 8.03,
      C: 0,
    });
  });
  it("scores a missing level 0", () => {
    expect(one(c, { A: { L: { level: "Khá" } } })).toEqual({ A: 8.03, B: 0, C: 0 });
  });
});

describe("bonus and penalty criteria's own scores", () => {
  it("bonus: the points given, before any bonusCap", () => {
    const file = clusterFile({
      criteria: [{ code: "B", title: "Bonus", method: "bonus", max: 8 }],
      rules: { bonusCap: 5 },
      scores: { A: { B: { points: 7.125 } } },
    });
    expect(scoresOf(file, "B")).toEqual({ A: 7.13, B: 0, C: 0 });
  });
  it("penalty: n × pointsEach as a positive amount, capped at max when set", () => {
    const capped: Criterion = { code: "P", title: "Penalty", method: "penalty", pointsEach: 1.25, max: 3 };
    const open: Criterion = { code: "Q", title: "Penalty", method: "penalty", pointsEach: 1.25 };
    const file = clusterFile({
      criteria: [capped, open],
      scores: { A: { P: { count: 2 }, Q: { count: 2 } }, B: { P: { count: 4 }, Q: { count: 4 } } },
    });
    expect(scoresOf(file, "P")).toEqual({ A: 2.5, B: 3, C: 0 });
    expect(scoresOf(file, "Q")).toEqual({ A: 2.5, B: 5, C: 0 });
  });
});
