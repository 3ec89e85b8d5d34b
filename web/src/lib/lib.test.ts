import { describe, expect, it } from "vitest";
import { safeNextPath, signInPath } from "../auth/next-path";
import { formatDate, formatNumber, formatPeriod } from "./format";
import { comparePersonNames, foldVietnamese, matchesQuery, shortNames, sortVi, tidySentences } from "./text";
import { parseYear } from "./year";

describe("text", () => {
  it("folds diacritics and đ", () => {
    expect(foldVietnamese("  Đông   Triều ")).toBe("dong trieu");
    expect(foldVietnamese("Phan Thị Hải Hường")).toBe("phan thi hai huong");
  });
  it("matches word beginnings without diacritics", () => {
    expect(matchesQuery("huong", ["Phan Thị Hải Hường"])).toBe(true);
    expect(matchesQuery("HƯỜNG", ["Phan Thị Hải Hường"])).toBe(true);
    expect(matchesQuery("dong trieu", ["Ban Tuyên giáo Thị ủy Đông Triều"])).toBe(true);
    expect(matchesQuery("huong", ["Phó trưởng Ban Thường trực"])).toBe(false);
    expect(matchesQuery("", ["anything"])).toBe(true);
    expect(matchesQuery("ha long", ["Ban Tuyên giáo", null, "Thành ủy Hạ Long"])).toBe(true);
  });
  it("sorts in Vietnamese order", () => {
    expect(sortVi(["Đông Triều", "Uông Bí", "Cẩm Phả", "Dương"], (s) => s)).toEqual([
      "Cẩm Phả",
      "Dương",
      "Đông Triều",
      "Uông Bí",
    ]);
    expect(["Bùi Thị Hường", "Nguyễn Văn An"].sort(comparePersonNames)).toEqual([
      "Nguyễn Văn An",
      "Bùi Thị Hường",
    ]);
  });
});

describe("format", () => {
  it("writes dates and numbers the Vietnamese way", () => {
    expect(formatDate("2020-11-24")).toBe("24/11/2020");
    expect(formatDate(null)).toBe("");
    expect(formatPeriod("2015-01-01", null, "nay")).toBe("01/01/2015 – nay");
    expect(formatNumber(1234)).toBe("1.234");
    expect(formatNumber(9.5)).toBe("9,5");
  });
});

describe("year", () => {
  it("accepts only plausible ?year= values", () => {
    expect(parseYear("2020")).toBe(2020);
    expect(parseYear("20x")).toBeNull();
    expect(parseYear(null)).toBeNull();
    expect(parseYear("1800")).toBeNull();
  });
});

describe("sign-in redirects", () => {
  it("only follows in-app paths", () => {
    expect(signInPath("/cum?year=2020")).toBe("/dang-nhap?next=%2Fcum%3Fyear%3D2020");
    expect(safeNextPath("/cum?year=2020")).toBe("/cum?year=2020");
    expect(safeNextPath("//evil.example")).toBe("/");
    expect(safeNextPath("/\\evil.example")).toBe("/");
    expect(safeNextPath("https://evil.example")).toBe("/");
    expect(safeNextPath(null)).toBe("/");
  });
});

describe("tidySentences", () => {
  it("leaves one full stop where two texts were joined with one, and keeps an ellipsis", () => {
    expect(tidySentences("Đủ hồ sơ.. Điều chỉnh khi chốt — I.2: 5")).toBe(
      "Đủ hồ sơ. Điều chỉnh khi chốt — I.2: 5",
    );
    expect(tidySentences("Đúng chưa?. Vâng")).toBe("Đúng chưa? Vâng");
    expect(tidySentences("Chờ... rồi tiếp. Xong.")).toBe("Chờ... rồi tiếp. Xong.");
    expect(tidySentences("I.2 và II.1.3")).toBe("I.2 và II.1.3");
  });
});

describe("shortNames", () => {
  it("drops what every unit's name starts with, and the committee, for a phone's chart", () => {
    const names = [
      "Ban Tuyên giáo Thành ủy Hạ Long",
      "Ban Tuyên giáo Thị ủy Đông Triều",
      "Ban Tuyên giáo Huyện ủy Vân Đồn",
    ];
    expect([...shortNames(names).values()]).toEqual(["Hạ Long", "Đông Triều", "Vân Đồn"]);
  });

  it("keeps whole names that would clash or vanish", () => {
    expect([...shortNames(["Thành ủy A", "Thị ủy A"]).values()]).toEqual(["Thành ủy A", "Thị ủy A"]);
    expect([...shortNames(["Hạ Long"]).values()]).toEqual(["Hạ Long"]);
  });
});
