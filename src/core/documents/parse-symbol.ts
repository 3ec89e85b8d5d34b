import { canonicalType, DOCUMENT_TYPES, ISSUERS, issuerOf } from "./symbol-codes";

/** What a document's number and symbol says, or, when it cannot be read, the text as typed and why. */
export type ParsedSymbol =
  | {
      readable: true;
      /** The input as typed (trimmed, NFC). */
      typed: string;
      /** The symbol written the standard way: "11-NQ/TU", "30/2020/NĐ-CP", "12/BC-UBND". */
      canonical: string;
      system: "party" | "state";
      number: string;
      year: number | null;
      /** null when the symbol does not say (a law and a resolution of the National Assembly look alike). */
      typeCode: string | null;
      typeName: string | null;
      issuer: string;
      /** null for an abbreviation we do not know: kept as written, never expanded by guess. */
      issuerName: string | null;
      note: string | null;
    }
  | { readable: false; typed: string; reason: string };

const LETTERS = "A-Za-zĐđ";
// Party: "Số 127-QĐ/TW"; state: "Số: 30/2020/NĐ-CP", "12/BC-UBND", "06/2022/QH15".
const PARTY = new RegExp(
  `^(\\d{1,5})-([${LETTERS}]{1,5})/([${LETTERS}0-9]{1,12}(?:-[${LETTERS}0-9]{1,12})*)$`,
  "u",
);
const STATE = new RegExp(
  `^(\\d{1,5})/(?:(\\d{4})/)?([${LETTERS}]{1,6})-([${LETTERS}0-9]{1,12}(?:-[${LETTERS}0-9]{1,12})*)$`,
  "u",
);
const NATIONAL_ASSEMBLY = /^(\d{1,5})\/(\d{4})\/(QH\d{1,2})$/iu;

/**
 * Tidies what people type before reading it: NFC, the Icelandic Ð for Đ, dashes and spaces around
 * separators, a leading "Số"/"Số:" or "No.".
 */
export function tidySymbol(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\u00d0/gu, "Đ")
    .replace(/\u00f0/gu, "đ")
    .replace(/[\u2010-\u2015\u2212]/gu, "-")
    .replace(/[\s\u00a0]+/gu, " ")
    .trim()
    .replace(/^(?:số|no\.?)\s*:?\s*/iu, "")
    .replace(/\s*([-/])\s*/gu, "$1");
}

const unreadable = (typed: string, reason: string): ParsedSymbol => ({ readable: false, typed, reason });

/** Reads a Party or state document's number and symbol; never guesses what it cannot read. */
export function parseSymbol(raw: string): ParsedSymbol {
  const typed = raw.normalize("NFC").replace(/\s+/gu, " ").trim();
  if (typed === "") return unreadable(typed, "Chưa nhập số, ký hiệu văn bản.");
  const text = tidySymbol(raw);

  const party = PARTY.exec(text);
  if (party) {
    const [, number, type, issuerCode] = party as unknown as [string, string, string, string];
    const typeCode = canonicalType(type);
    if (!typeCode) return unreadable(typed, `Không rõ loại văn bản "${type}" trong ký hiệu.`);
    const { issuer, issuerName } = issuerOf(issuerCode);
    return {
      readable: true,
      typed,
      canonical: `${number}-${typeCode}/${issuer}`,
      system: "party",
      number,
      year: null,
      typeCode,
      typeName: DOCUMENT_TYPES[typeCode] ?? null,
      issuer,
      issuerName,
      note: null,
    };
  }

  const assembly = NATIONAL_ASSEMBLY.exec(text);
  if (assembly) {
    const [, number, year, term] = assembly as unknown as [string, string, string, string];
    const { issuer, issuerName } = issuerOf(term);
    return {
      readable: true,
      typed,
      canonical: `${number}/${year}/${issuer}`,
      system: "state",
      number,
      year: Number(year),
      typeCode: null,
      typeName: null,
      issuer,
      issuerName,
      note: "Ký hiệu không ghi loại văn bản: có thể là Luật hoặc Nghị quyết của Quốc hội.",
    };
  }

  const state = STATE.exec(text);
  if (state) {
    const [, number, year, first, rest] = state as unknown as [
      string,
      string,
      string | undefined,
      string,
      string,
    ];
    const typeCode = canonicalType(first);
    const yearPart = year ? `${year}/` : "";
    if (typeCode) {
      const { issuer, issuerName } = issuerOf(rest);
      return {
        readable: true,
        typed,
        canonical: `${number}/${yearPart}${typeCode}-${issuer}`,
        system: "state",
        number,
        year: year ? Number(year) : null,
        typeCode,
        typeName: DOCUMENT_TYPES[typeCode] ?? null,
        issuer,
        issuerName,
        note: null,
      };
    }
    // A state official letter has no type code: "123/UBND-VX" is the issuer and its office.
    const knownIssuer = issuerOf(first);
    if (!year && upperIssuers[first.toUpperCase()]) {
      const issuer = `${knownIssuer.issuer}-${rest.toUpperCase()}`;
      return {
        readable: true,
        typed,
        canonical: `${number}/${issuer}`,
        system: "state",
        number,
        year: null,
        typeCode: null,
        typeName: "Công văn",
        issuer,
        issuerName: knownIssuer.issuerName,
        note: "Công văn hành chính: ký hiệu ghi cơ quan và đơn vị soạn thảo, không ghi loại văn bản.",
      };
    }
    return unreadable(typed, `Không rõ loại văn bản "${first}" trong ký hiệu.`);
  }

  return unreadable(
    typed,
    'Không đọc được số, ký hiệu: cần dạng của Đảng "11-NQ/TU" hoặc của Nhà nước "30/2020/NĐ-CP", "12/BC-UBND".',
  );
}

const upperIssuers: Readonly<Record<string, true>> = Object.fromEntries(
  Object.keys(ISSUERS).map((k) => [k.toUpperCase(), true] as const),
);
