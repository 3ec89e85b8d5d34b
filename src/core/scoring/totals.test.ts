import { describe, expect, it } from "vitest";
import type { Criterion } from "../../contracts/cluster-year";
import { clusterFile, resultsByUnit } from "./testing";

const manual = (code: string, max = 10): Criterion => ({ code, title: code, method: "manual", max });
const bonus = (code: string, max: number): Criterion => ({ code, title: code, method: "bonus", max });

describe("groups", () => {
  it("sum their children's scores and cap the sum at max", () => {
    const file = clusterFile({
      criteria: [{ code: "I", title: "I", max: 15, children: [manual("I.1"), manual("I.2")] }],
      scores: {
        A: { "I.1": { points: 9 }, "I.2": { points: 8 } },
        B: { "I.1": { points: 7 }, "I.2": { points: 5.5 } },
      },
    });
    const r = resultsByUnit(file);
    expect(r.A!.scores).toEqual({ I: 15, "I.1": 9, "I.2": 8 });
    expect(r.B!.scores).toEqual({ I: 12.5, "I.1": 7, "I.2": 5.5 });
    expect(r.A!.base).toBe(15);
    expect(r.C!.scores.I).toBe(0);
  });

  it("cap nested groups before their parent sums them", () => {
    const file = clusterFile({
      criteria: [
        {
          code: "I",
          title: "I",
          children: [
            { code: "I.a", title: "a", max: 4, children: [manual("x", 5), manual("y", 5)] },
            manual("z", 5),
          ],
        },
      ],
      scores: { A: { x: { points: 3 }, y: { points: 3 }, z: { points: 5 } } },
    });
    expect(resultsByUnit(file).A!.scores).toEqual({ I: 9, "I.a": 4, x: 3, y: 3, z: 5 });
  });

  it("leave bonus and penalty children out of the group and base", () => {
    const file = clusterFile({
      criteria: [
        {
          code: "I",
          title: "I",
          children: [
            manual("I.1"),
            bonus("I.b", 3),
            { code: "I.p", title: "p", method: "penalty", pointsEach: 1 },
          ],
        },
      ],
      scores: { A: { "I.1": { points: 6 }, "I.b": { points: 2 }, "I.p": { count: 1 } } },
    });
    const a = resultsByUnit(file).A!;
    expect(a.scores).toEqual({ I: 6, "I.1": 6, "I.b": 2, "I.p": 1 });
    expect([a.base, a.bonus, a.penalty, a.total]).toEqual([6, 2, 1, 7]);
  });
});

describe("totals", () => {
  it("sum the rounded criterion scores, not the raw points", () => {
    // 1.005 + 1.005 + 1.005 = 3.015 would round to 3.02; the rounded scores sum to 3.03.
    const file = clusterFile({
      criteria: [{ code: "G", title: "G", children: [manual("a"), manual("b")] }, manual("c")],
      scores: { A: { a: { points: 1.005 }, b: { points: 1.005 }, c: { points: 1.005 } } },
    });
    const a = resultsByUnit(file).A!;
    expect(a.scores.G).toBe(2.02);
    expect(a.base).toBe(3.03);
    expect(a.total).toBe(3.03);
  });

  it("cap the bonus total at bonusCap, wherever bonus criteria sit", () => {
    const file = clusterFile({
      criteria: [{ code: "G", title: "G", children: [manual("a"), bonus("b1", 3)] }, bonus("b2", 4)],
      rules: { bonusCap: 5 },
      scores: {
        A: { a: { points: 5 }, b1: { points: 3 }, b2: { points: 3.5 } },
        B: { a: { points: 5 }, b1: { points: 1 }, b2: { points: 2.25 } },
      },
    });
    const r = resultsByUnit(file);
    expect([r.A!.bonus, r.A!.total, r.A!.scores.b1, r.A!.scores.b2]).toEqual([5, 10, 3, 3.5]);
    expect([r.B!.bonus, r.B!.total]).toEqual([3.25, 8.25]);
  });

  it("add every bonus when there is no bonusCap", () => {
    const file = clusterFile({
      criteria: [bonus("b1", 3), bonus("b2", 4)],
      scores: { A: { b1: { points: 3 }, b2: { points: 3.5 } } },
    });
    expect(resultsByUnit(file).A!.total).toBe(6.5);
  });

  it("take penalties off, each capped at its max, and never go below 0", () => {
    const file = clusterFile({
      criteria: [
        manual("a"),
        { code: "p1", title: "p1", method: "penalty", pointsEach: 2, max: 3 },
        { code: "p2", title: "p2", method: "penalty", pointsEach: 0.75 },
      ],
      scores: {
        A: { a: { points: 9 }, p1: { count: 5 }, p2: { count: 2 } },
        B: { a: { points: 2 }, p1: { count: 1 }, p2: { count: 4 } },
      },
    });
    const r = resultsByUnit(file);
    // A: 9 − (3 + 1.5) = 4.5; B: 2 − (2 + 3) = −3 -> 0
    expect([r.A!.penalty, r.A!.total]).toEqual([4.5, 4.5]);
    expect([r.B!.base, r.B!.penalty, r.B!.total]).toEqual([2, 5, 0]);
  });

  it("score a unit without any input 0 everywhere (bonus and penalty add and take nothing)", () => {
    const file = clusterFile({
      criteria: [manual("a"), bonus("b", 2), { code: "p", title: "p", method: "penalty", pointsEach: 1 }],
      scores: { A: { a: { points: 1 } } },
    });
    expect(resultsByUnit(file).C).toMatchObject({
      total: 0,
      base: 0,
      bonus: 0,
      penalty: 0,
      scores: { a: 0, b: 0, p: 0 },
    });
  });

  it("list every criterion and group's score in document order", () => {
    const file = clusterFile({
      criteria: [{ code: "II", title: "II", children: [manual("II.2"), manual("II.1")] }, manual("I")],
    });
    expect(Object.keys(resultsByUnit(file).A!.scores)).toEqual(["II", "II.2", "II.1", "I"]);
  });
});

describe("codes that are also names on Object.prototype", () => {
  it("score like any other code", () => {
    const file = clusterFile({
      units: ["constructor", "toString", "A"],
      criteria: [
        { code: "valueOf", title: "v", method: "target", max: 10, target: 4, targets: { toString: 8 } },
        { code: "constructor", title: "c", method: "leaderRelative", max: 10, target: 2, targets: { A: 4 } },
        { code: "hasOwnProperty", title: "h", method: "manual", max: 10 },
      ],
      scores: {
        constructor: { valueOf: { actual: 2 }, constructor: { actual: 3 } },
        toString: { valueOf: { actual: 2 }, hasOwnProperty: { points: 1 } },
      },
    });
    const results = resultsByUnit(file);
    const r = (unit: string) => results[unit]!;
    // valueOf: 10 × 2/4 = 5 and 10 × 2/8 = 2.5; constructor: r = 1.5 is the leader, 10.
    expect(r("constructor").scores).toEqual({ valueOf: 5, constructor: 10, hasOwnProperty: 0 });
    expect(r("toString").scores).toEqual({ valueOf: 2.5, constructor: 0, hasOwnProperty: 1 });
    expect(r("A").total).toBe(0);
  });
});
