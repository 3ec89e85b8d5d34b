import { describe, expect, it } from "vitest";
import { dayBefore, pickAt } from "./dated";

const names = [
  { name: "Ban Tuyên giáo Thị ủy Quảng Yên", validFrom: "2011-01-01", validTo: "2025-01-31" },
  { name: "Ban Tuyên giáo Thành ủy Quảng Yên", validFrom: "2025-02-01", validTo: "2025-06-30" },
];

describe("pickAt", () => {
  it("shows a past year with the name it had then", () => {
    expect(pickAt(names, "2020-11-24")?.name).toBe("Ban Tuyên giáo Thị ủy Quảng Yên");
    expect(pickAt(names, "2025-03-01")?.name).toBe("Ban Tuyên giáo Thành ủy Quảng Yên");
  });
  it("keeps the last name after an organisation ends, and the first before it began", () => {
    expect(pickAt(names, "2026-01-01")?.name).toBe("Ban Tuyên giáo Thành ủy Quảng Yên");
    expect(pickAt(names, "2000-01-01")?.name).toBe("Ban Tuyên giáo Thị ủy Quảng Yên");
  });
  it("finds the day before across a month and a leap day", () => {
    expect(dayBefore("2025-03-01")).toBe("2025-02-28");
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
    expect(dayBefore("2021-01-01")).toBe("2020-12-31");
  });
});
