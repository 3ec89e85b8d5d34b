import { describe, expect, it } from "vitest";
import { findSymbols } from "./find-symbols";
import { parseSymbol } from "./parse-symbol";

type Row = [
  typed: string,
  canonical: string,
  system: "party" | "state",
  number: string,
  year: number | null,
  typeCode: string | null,
  typeName: string | null,
  issuer: string,
  issuerName: string | null,
];

// Real symbols as they appear on documents, worked out by reading them, not by running the parser.
const readable: Row[] = [
  ["11-NQ/TU", "11-NQ/TU", "party", "11", null, "NQ", "Nghị quyết", "TU", "Tỉnh ủy, Thành ủy hoặc Thị ủy"],
  ["Số 127-QĐ/TW", "127-QĐ/TW", "party", "127", null, "QĐ", "Quyết định", "TW", "Trung ương Đảng"],
  ["36-HD/VPTW", "36-HD/VPTW", "party", "36", null, "HD", "Hướng dẫn", "VPTW", "Văn phòng Trung ương Đảng"],
  ["Số 12-BC/BTGTU", "12-BC/BTGTU", "party", "12", null, "BC", "Báo cáo", "BTGTU", "Ban Tuyên giáo Tỉnh ủy"],
  ["Số: 05-CT/TW", "05-CT/TW", "party", "05", null, "CT", "Chỉ thị", "TW", "Trung ương Đảng"],
  ["01-KL/TW", "01-KL/TW", "party", "01", null, "KL", "Kết luận", "TW", "Trung ương Đảng"],
  ["số 35-KH/HU", "35-KH/HU", "party", "35", null, "KH", "Kế hoạch", "HU", "Huyện ủy"],
  ["08-QĐi/TW", "08-QĐi/TW", "party", "08", null, "QĐi", "Quy định", "TW", "Trung ương Đảng"],
  [
    "12 - TTr/BTGTU",
    "12-TTr/BTGTU",
    "party",
    "12",
    null,
    "TTr",
    "Tờ trình",
    "BTGTU",
    "Ban Tuyên giáo Tỉnh ủy",
  ],
  ["45-tb/tu", "45-TB/TU", "party", "45", null, "TB", "Thông báo", "TU", "Tỉnh ủy, Thành ủy hoặc Thị ủy"],
  ["210-CV/ĐU", "210-CV/ĐU", "party", "210", null, "CV", "Công văn", "ĐU", "Đảng ủy"],
  ["7–NQ/XYZ", "7-NQ/XYZ", "party", "7", null, "NQ", "Nghị quyết", "XYZ", null],
  ["30/2020/NĐ-CP", "30/2020/NĐ-CP", "state", "30", 2020, "NĐ", "Nghị định", "CP", "Chính phủ"],
  ["Số: 12/BC-UBND", "12/BC-UBND", "state", "12", null, "BC", "Báo cáo", "UBND", "Ủy ban nhân dân"],
  ["06/2022/QH15", "06/2022/QH15", "state", "06", 2022, null, null, "QH15", "Quốc hội khóa XV"],
  ["01/2021/TT-BNV", "01/2021/TT-BNV", "state", "01", 2021, "TT", "Thông tư", "BNV", "Bộ Nội vụ"],
  ["Số: 45/QĐ-TTg", "45/QĐ-TTg", "state", "45", null, "QĐ", "Quyết định", "TTg", "Thủ tướng Chính phủ"],
  [
    "15/2021/NQ-HĐND",
    "15/2021/NQ-HĐND",
    "state",
    "15",
    2021,
    "NQ",
    "Nghị quyết",
    "HĐND",
    "Hội đồng nhân dân",
  ],
  ["123 / KH - UBND", "123/KH-UBND", "state", "123", null, "KH", "Kế hoạch", "UBND", "Ủy ban nhân dân"],
  ["Số 3561/UBND-VX", "3561/UBND-VX", "state", "3561", null, null, "Công văn", "UBND-VX", "Ủy ban nhân dân"],
  ["47/2019/QH14", "47/2019/QH14", "state", "47", 2019, null, null, "QH14", "Quốc hội khóa XIV"],
];

describe("parseSymbol reads real Party and state symbols", () => {
  it.each(readable)(
    "%s",
    (typed, canonical, system, number, year, typeCode, typeName, issuer, issuerName) => {
      expect(parseSymbol(typed)).toMatchObject({
        readable: true,
        canonical,
        system,
        number,
        year,
        typeCode,
        typeName,
        issuer,
        issuerName,
      });
    },
  );

  it("reads NFD input (decomposed Vietnamese letters) the same as NFC", () => {
    const nfd = "Số 127-QĐ/TW".normalize("NFD");
    expect(nfd).not.toBe("Số 127-QĐ/TW");
    expect(parseSymbol(nfd)).toMatchObject({
      readable: true,
      canonical: "127-QĐ/TW",
      typeName: "Quyết định",
    });
    expect(parseSymbol("Số: 30/2020/NĐ-CP".normalize("NFD"))).toMatchObject({ canonical: "30/2020/NĐ-CP" });
  });

  it("takes the Icelandic Ð typed for Đ, non-breaking spaces and en dashes", () => {
    expect(parseSymbol("30/2020/N\u00d0-CP")).toMatchObject({ canonical: "30/2020/NĐ-CP", typeCode: "NĐ" });
    expect(parseSymbol("Số\u00a011\u2013NQ/TU")).toMatchObject({ canonical: "11-NQ/TU" });
  });

  it("says the law/resolution of the National Assembly cannot be told apart from the symbol", () => {
    const parsed = parseSymbol("06/2022/QH15");
    expect(parsed.readable && parsed.note).toMatch(/Luật hoặc Nghị quyết/);
  });
});

describe("parseSymbol keeps what it cannot read as typed, with the reason", () => {
  it.each([
    ["", "Chưa nhập"],
    ["   ", "Chưa nhập"],
    ["11-XX/TU", 'Không rõ loại văn bản "XX"'],
    ["12/ZZ-UBND", 'Không rõ loại văn bản "ZZ"'],
    ["Nghị quyết mười một", "Không đọc được"],
    ["11/NQ", "Không đọc được"],
    ["NQ-11/TU", "Không đọc được"],
    ["9/3/2018", "Không đọc được"],
  ])("%j", (typed, reason) => {
    const parsed = parseSymbol(typed);
    expect(parsed.readable).toBe(false);
    expect(parsed.typed).toBe(typed.trim());
    expect(parsed.readable ? "" : parsed.reason).toContain(reason);
  });

  it("keeps an unreadable symbol exactly as typed, apart from spaces", () => {
    expect(parseSymbol("  Số 11-ABCDEFG/TU ")).toEqual({
      readable: false,
      typed: "Số 11-ABCDEFG/TU",
      reason: expect.stringContaining("Không đọc được"),
    });
  });
});

describe("findSymbols finds mentions of documents in free text", () => {
  it("finds the seed's resolution and skips its date", () => {
    const text =
      "tiếp tục tham mưu, triển khai thực hiện Nghị quyết số 11-NQ/TU ngày 9/3/2018 về “Xây dựng và phát triển văn hóa, con người Quảng Ninh”";
    const found = findSymbols(text);
    expect(found.map((m) => m.parsed.canonical)).toEqual(["11-NQ/TU"]);
    const [first] = found;
    expect(text.slice(first?.start, first?.end)).toBe("11-NQ/TU");
  });

  it("finds several forms and ignores year ranges and unknown codes", () => {
    const text =
      "Theo Chỉ thị 05-CT/TW, Nghị định 30/2020/NĐ-CP và Luật 06/2022/QH15; nhiệm kỳ 2021-2026; mã 11-XX/TU.";
    expect(findSymbols(text).map((m) => m.text)).toEqual(["05-CT/TW", "30/2020/NĐ-CP", "06/2022/QH15"]);
  });

  it("finds nothing in text without documents", () => {
    expect(findSymbols("Tuyên truyền Đại hội Đảng toàn quốc lần thứ XIII, ngày 24/11/2020")).toEqual([]);
  });
});
