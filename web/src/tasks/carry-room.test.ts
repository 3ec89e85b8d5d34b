import { describe, expect, it } from "vitest";
import { carryTotals, defaultShare } from "./carry-room";

describe("the carry form's points", () => {
  it("shares the room evenly in half points, rounding down so the defaults always fit", () => {
    expect(defaultShare(6, 1)).toBe(6);
    expect(defaultShare(6, 2)).toBe(3);
    // 10 / 3 = 3,33…: 3 each, 9 of the 10 points used.
    expect(defaultShare(10, 3)).toBe(3);
    // 6 / 4 = 1,5 exactly; 6 / 5 = 1,2 → 1.
    expect(defaultShare(6, 4)).toBe(1.5);
    expect(defaultShare(6, 5)).toBe(1);
    expect(defaultShare(0, 2)).toBe(0);
    expect(defaultShare(6, 0)).toBe(0);
  });

  it("adds the chosen points to the table and says how far past the scale it goes", () => {
    expect(carryTotals(94, 100, [4, 2])).toEqual({ sum: 6, after: 100, over: 0 });
    expect(carryTotals(94, 100, [4, 2.5])).toEqual({ sum: 6.5, after: 100.5, over: 0.5 });
    // 0,1 + 0,2 is 0,3 here, not 0,30000000000000004.
    expect(carryTotals(99.7, 100, [0.1, 0.2])).toEqual({ sum: 0.3, after: 100, over: 0 });
  });
});
