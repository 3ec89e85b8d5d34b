// Type and issuer abbreviations of document symbols: Party documents (Guidance 36-HD/VPTW)
// and state documents (Decree 30/2020/NĐ-CP, appendix III). Keys are written as the rules write them.

export const DOCUMENT_TYPES: Readonly<Record<string, string>> = {
  NQ: "Nghị quyết",
  CT: "Chỉ thị",
  KL: "Kết luận",
  QĐ: "Quyết định",
  QĐi: "Quy định",
  QC: "Quy chế",
  HD: "Hướng dẫn",
  KH: "Kế hoạch",
  CTr: "Chương trình",
  BC: "Báo cáo",
  TTr: "Tờ trình",
  TB: "Thông báo",
  CV: "Công văn",
  BB: "Biên bản",
  ĐA: "Đề án",
  PA: "Phương án",
  GM: "Giấy mời",
  CĐ: "Công điện",
  NĐ: "Nghị định",
  TT: "Thông tư",
  TTLT: "Thông tư liên tịch",
  L: "Luật",
  PL: "Pháp lệnh",
  NQLT: "Nghị quyết liên tịch",
};

export const ISSUERS: Readonly<Record<string, string>> = {
  TW: "Trung ương Đảng",
  TU: "Tỉnh ủy, Thành ủy hoặc Thị ủy",
  HU: "Huyện ủy",
  ĐU: "Đảng ủy",
  ĐĐ: "Đảng đoàn",
  BCS: "Ban cán sự đảng",
  VPTW: "Văn phòng Trung ương Đảng",
  BTGTW: "Ban Tuyên giáo Trung ương",
  BTCTW: "Ban Tổ chức Trung ương",
  BDVTW: "Ban Dân vận Trung ương",
  UBKTTW: "Ủy ban Kiểm tra Trung ương",
  BTGTU: "Ban Tuyên giáo Tỉnh ủy",
  BTCTU: "Ban Tổ chức Tỉnh ủy",
  BDVTU: "Ban Dân vận Tỉnh ủy",
  VPTU: "Văn phòng Tỉnh ủy",
  UBKTTU: "Ủy ban Kiểm tra Tỉnh ủy",
  BTGTHU: "Ban Tuyên giáo Thành ủy",
  BTGHU: "Ban Tuyên giáo Huyện ủy",
  BCĐ: "Ban Chỉ đạo",
  CP: "Chính phủ",
  TTg: "Thủ tướng Chính phủ",
  VPCP: "Văn phòng Chính phủ",
  UBND: "Ủy ban nhân dân",
  HĐND: "Hội đồng nhân dân",
  UBTVQH: "Ủy ban Thường vụ Quốc hội",
  BNV: "Bộ Nội vụ",
  BTC: "Bộ Tài chính",
  BTTTT: "Bộ Thông tin và Truyền thông",
  BGDĐT: "Bộ Giáo dục và Đào tạo",
  BVHTTDL: "Bộ Văn hóa, Thể thao và Du lịch",
  "BTTTT-BNV": "Bộ Thông tin và Truyền thông và Bộ Nội vụ",
};

/** Roman numerals of a National Assembly term, for "QH15" → "Quốc hội khóa XV". */
const ROMAN: readonly [number, string][] = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function roman(n: number): string {
  let rest = n;
  let out = "";
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const byUpper = (table: Readonly<Record<string, string>>) =>
  new Map(Object.keys(table).map((key) => [key.toUpperCase(), key]));
const typeKeys = byUpper(DOCUMENT_TYPES);
const issuerKeys = byUpper(ISSUERS);

/** The type code as the rules write it ("ttr" → "TTr"), or undefined when it is not a known type. */
export const canonicalType = (code: string): string | undefined => typeKeys.get(code.toUpperCase());

/** A known issuer in its written case ("ttg" → "TTg"); an unknown one is upper-cased, never named. */
export function issuerOf(code: string): { issuer: string; issuerName: string | null } {
  const key = issuerKeys.get(code.toUpperCase());
  if (key) return { issuer: key, issuerName: ISSUERS[key] ?? null };
  const term = /^QH(\d{1,2})$/iu.exec(code);
  if (term) return { issuer: `QH${term[1]}`, issuerName: `Quốc hội khóa ${roman(Number(term[1]))}` };
  return { issuer: code.toUpperCase(), issuerName: null };
}
