import { describe, expect, it } from "vitest";
import { formatNumberLine, numberingPeriod } from "./numbering";

describe("number and symbol", () => {
  it("writes the Party and state forms", () => {
    expect(formatNumberLine("party", "report", { number: 127, issuerCode: "BTGTU" })).toBe("Số 127-BC/BTGTU");
    expect(formatNumberLine("state", "report", { number: 12, issuerCode: "UBND" })).toBe("Số: 12/BC-UBND");
    expect(formatNumberLine("party", "proposal", { number: 3, issuerCode: "BTGThU" })).toBe(
      "Số 03-TTr/BTGThU",
    );
    expect(formatNumberLine("state", "minutes", { number: 7, issuerCode: "UBND" })).toBe("Số: 07/BB-UBND");
  });

  it("leaves the number blank before issue", () => {
    const line = formatNumberLine("party", "report", { number: null, issuerCode: "BTGTU" });
    expect(line.startsWith("Số ")).toBe(true);
    expect(line.endsWith("-BC/BTGTU")).toBe(true);
    expect(line).not.toMatch(/\d/);
  });
});

describe("numbering period", () => {
  it("runs state numbers per calendar year", () => {
    expect(numberingPeriod("state", "2020-12-31", "2020-10-15").key).toBe("2020");
    expect(numberingPeriod("state", "2021-01-01", "2020-10-15").key).toBe("2021");
  });

  it("runs Party numbers per five-year term from the congress", () => {
    expect(numberingPeriod("party", "2020-10-14", "2020-10-15").label).toBe("nhiệm kỳ 2015-2020");
    expect(numberingPeriod("party", "2020-10-15", "2020-10-15").label).toBe("nhiệm kỳ 2020-2025");
    expect(numberingPeriod("party", "2021-03-01", "2020-10-15").key).toBe("term:2020-2025");
    expect(numberingPeriod("party", "2025-10-15", "2020-10-15").label).toBe("nhiệm kỳ 2025-2030");
    expect(numberingPeriod("party", "2012-01-01", "2020-10-15").label).toBe("nhiệm kỳ 2010-2015");
  });

  it("falls back to the year when the council has not set its term", () => {
    expect(numberingPeriod("party", "2020-11-24", null).key).toBe("2020");
  });
});
