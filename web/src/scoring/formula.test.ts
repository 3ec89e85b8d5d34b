import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import type { ScoredCriterion } from "../../../src/contracts/cluster-year";
import { formulaOf, inputLabel, pointsOf, round2 } from "./formula";

const t = ((key: string, o?: Record<string, unknown>) =>
  `${key}${o ? JSON.stringify(o) : ""}`) as unknown as TFunction;
const target: ScoredCriterion = {
  code: "II.2",
  title: "Tỷ lệ cán bộ tham gia học tập (%)",
  method: "target",
  max: 5,
  target: 125,
};
const leader: ScoredCriterion = {
  code: "I.4",
  title: "Tin, bài đăng trên cổng thông tin (số bài, so với đơn vị dẫn đầu)",
  method: "leaderRelative",
  max: 5,
  target: 120,
};
const penalty: ScoredCriterion = {
  code: "TR.1",
  title: "Vi phạm chế độ báo cáo",
  method: "penalty",
  pointsEach: 0.5,
};

describe("the formula beside the points", () => {
  it("writes a target criterion's points as the spreadsheet does: 110 / 125 × 5 = 4,4", () => {
    expect(pointsOf(target, { actual: 110 }, 125)).toBe(4.4);
    expect(formulaOf(target, { actual: 110 }, 125, 4.4, t)).toBe("110 / 125 × 5 = 4,4");
  });

  it("rounds half away from zero at two decimals, as ROUND does (2.675 → 2.68)", () => {
    expect(round2(2.675)).toBe(2.68);
    expect(round2(-2.675)).toBe(-2.68);
    expect(pointsOf(leader, { actual: 107 }, 120)).toBe(2.23);
  });

  it("leaves a leader-relative score above target to the server, which knows the leader", () => {
    expect(pointsOf(leader, { actual: 130 }, 120)).toBeNull();
    expect(formulaOf(leader, { actual: 60 }, 120, 1.25, t)).toBe("0,5 × 5 × 60 / 120 = 1,25");
  });

  it("shows a penalty as points taken off, with a minus sign", () => {
    expect(pointsOf(penalty, { count: 3 }, undefined)).toBe(1.5);
    expect(formulaOf(penalty, { count: 3 }, undefined, 1.5, t)).toBe("−(3 × 0,5) = −1,5");
  });

  it("labels the input by what it asks for, never 'Điểm' for a result", () => {
    expect(inputLabel(target, "self", t)).toMatch(/^form\.label\.percent/);
    expect(inputLabel(leader, "self", t)).toMatch(/^form\.label\.resultIn/);
    expect(inputLabel(penalty, "review", t)).toMatch(/^form\.label\.violations/);
  });
});
