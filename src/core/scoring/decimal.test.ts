import { describe, expect, it } from "vitest";
import { cmp, div, exact, formatHundredths, hundredthsOf, mul, round2, toNumber } from "./decimal";

describe("exact", () => {
  it("takes a number as the decimal it is written as", () => {
    expect(exact(2.675)).toEqual({ n: 2675n, d: 1000n });
    expect(exact(12)).toEqual({ n: 12n, d: 1n });
    expect(exact(0.25)).toEqual({ n: 25n, d: 100n });
    expect(exact(1e-7)).toEqual({ n: 1n, d: 10_000_000n });
    expect(exact(1.5e21)).toEqual({ n: 1_500_000_000_000_000_000_000n, d: 1n });
    expect(exact(-0.125)).toEqual({ n: -125n, d: 1000n });
    expect(exact(1234.5678901)).toEqual({ n: 12345678901n, d: 10_000_000n });
  });
});

describe("round2: half away from zero on the exact decimal", () => {
  it.each([
    [2.675, 268n], // binary floating point gives 2.67
    [1.005, 101n], // binary floating point gives 1.00
    [9.125, 913n],
    [0.125, 13n],
    [2.674999, 267n],
    [2.665, 267n],
    [0.005, 1n],
    [0.004999, 0n],
    [-2.675, -268n],
    [-0.005, -1n],
    [8.345, 835n],
    [1e-9, 0n],
    [123456.785, 12345679n],
  ])("%d -> %s hundredths", (x, h) => {
    expect(hundredthsOf(x)).toBe(h);
    expect(round2(exact(x))).toBe(h);
  });

  it("rounds an exact ratio without ever approximating it", () => {
    // 8.025 / 3 = 2.675 exactly: a 3-digit decimal after a non-terminating 1/3 step.
    expect(round2(div(exact(8.025), exact(3)))).toBe(268n);
    expect(round2(mul(exact(8.025), div(exact(1), exact(3))))).toBe(268n);
    expect(round2(div(exact(10), exact(3)))).toBe(333n);
    expect(round2(div(exact(20), exact(3)))).toBe(667n);
    expect(round2(div(exact(-20), exact(3)))).toBe(-667n);
  });
});

describe("cmp", () => {
  it("compares exactly, across denominators", () => {
    expect(cmp(div(exact(1), exact(3)), div(exact(2), exact(6)))).toBe(0);
    expect(cmp(exact(0.1), exact(0.10000000000000002))).toBe(-1);
    expect(cmp(exact(5), exact(4.99))).toBe(1);
  });
});

describe("toNumber and formatHundredths", () => {
  it("give at most 2 decimals", () => {
    expect(toNumber(268n)).toBe(2.68);
    expect(toNumber(-5n)).toBe(-0.05);
    expect(toNumber(10_000n)).toBe(100);
    expect(toNumber(3n)).toBe(0.03);
    expect(String(toNumber(123_456_789_012_345n))).toBe("1234567890123.45");
    expect(formatHundredths(1200n)).toBe("12.00");
    expect(formatHundredths(-7n)).toBe("-0.07");
  });
});
