import { describe, expect, it } from "vitest";
import { isoDate } from "./task-text";

describe("a task or document date", () => {
  it("refuses text that is no date, and a day that does not exist, with a message instead of throwing", () => {
    const date = isoDate("Ngày ban hành");
    for (const bad of ["U-ac9c7d20", "9999-99-99", "2026-02-30", ""]) {
      const result = date.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/^Ngày ban hành: /);
    }
    expect(date.parse("2018-03-09")).toBe("2018-03-09");
  });
});
