import { describe, expect, it } from "vitest";
import { dateInWords, parseIsoDate, placeAndDate } from "./date-in-words";

const MONTH_DAYS_2020 = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const two = (n: number) => String(n).padStart(2, "0");

describe("date in words", () => {
  it("writes every day of the leap year 2020 with the leading zeros of days < 10 and months 1-2", () => {
    let count = 0;
    for (const layout of ["party", "state"] as const) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= MONTH_DAYS_2020[month - 1]!; day++) {
          const words = dateInWords(`2020-${two(month)}-${two(day)}`, layout);
          const d = day < 10 ? `0${day}` : `${day}`;
          const m = month === 1 || month === 2 ? `0${month}` : `${month}`;
          expect(words).toBe(`ngày ${d} tháng ${m} năm 2020`);
          count++;
        }
      }
    }
    expect(count).toBe(2 * 366);
  });

  it("gives the examples people write", () => {
    expect(placeAndDate("Hạ Long", "2020-11-24", "party")).toBe("Hạ Long, ngày 24 tháng 11 năm 2020");
    expect(dateInWords("2021-02-05", "state")).toBe("ngày 05 tháng 02 năm 2021");
    expect(dateInWords("2021-03-09", "party")).toBe("ngày 09 tháng 3 năm 2021");
    expect(dateInWords("2021-10-01", "state")).toBe("ngày 01 tháng 10 năm 2021");
  });

  it("refuses dates that do not exist instead of rolling over", () => {
    expect(parseIsoDate("2021-02-29")).toBeNull();
    expect(parseIsoDate("2020-13-01")).toBeNull();
    expect(parseIsoDate("24/11/2020")).toBeNull();
    expect(() => dateInWords("2021-02-29", "party")).toThrow(RangeError);
  });
});
