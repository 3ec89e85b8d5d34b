import { describe, expect, it } from "vitest";
import type { ScoredCriterion } from "../../../src/contracts/cluster-year";
import type { AssessmentDetail, CriterionRow } from "./assessments-api";
import { reviewTotal } from "./review-total";

const manual: ScoredCriterion = { code: "I.1", title: "Chấm trực tiếp", method: "manual", max: 10 };
const target: ScoredCriterion = {
  code: "I.2",
  title: "Theo chỉ tiêu",
  method: "target",
  max: 5,
  target: 125,
};
const penalty: ScoredCriterion = { code: "TR.1", title: "Vi phạm", method: "penalty", pointsEach: 0.5 };
const byCode = new Map([manual, target, penalty].map((c) => [c.code, c]));

const row = (code: string, self: number | null, reviewed: object | null): CriterionRow => ({
  code,
  title: code,
  depth: 1,
  parentCode: null,
  isGroup: false,
  method: byCode.get(code)?.method ?? null,
  max: null,
  required: true,
  self: { value: null, note: null },
  reviewed: { value: reviewed as CriterionRow["reviewed"]["value"], comment: null, reviewer: null },
  explanation: null,
  final: null,
  scores: { self, final: null },
  invalid: null,
  version: 1,
  updatedBy: null,
  evidence: [],
});

const assessment = (criteria: CriterionRow[], selfTotal: number | null): AssessmentDetail =>
  ({
    unitCode: "MC",
    criteria,
    totals: {
      self: selfTotal === null ? null : { total: selfTotal, base: selfTotal, bonus: 0, penalty: 0 },
      final: null,
    },
  }) as unknown as AssessmentDetail;

describe("the review total beside the self total", () => {
  it("puts each reviewed criterion's points in place of its self points, a penalty taken off", () => {
    // Self: I.1 = 9, I.2 = 5 (at target), TR.1 = 0.5 off → 13.5. Review: I.1 = 8; I.2 = 100/125×5 = 4;
    // TR.1 two occurrences = 1 off → 8 + 4 − 1 = 11.
    const a = assessment(
      [row("I.1", 9, { points: 8 }), row("I.2", 5, { actual: 100 }), row("TR.1", 0.5, { count: 2 })],
      13.5,
    );
    expect(reviewTotal(a, byCode)).toEqual({ total: 11, reviewed: 3 });
  });

  it("keeps the self points of criteria not reviewed, and shows nothing before any review", () => {
    const a = assessment([row("I.1", 9, null), row("I.2", 5, { actual: 110 })], 14);
    expect(reviewTotal(a, byCode)).toEqual({ total: 13.4, reviewed: 1 });
    expect(reviewTotal(assessment([row("I.1", 9, null)], 9), byCode)).toBeNull();
  });

  it("does not guess when a reviewed value is not scored", () => {
    const invalid = { ...row("I.1", null, { points: 12 }), invalid: "Giá trị vượt điểm tối đa" };
    expect(reviewTotal(assessment([invalid], 0), byCode)).toBeNull();
  });
});
