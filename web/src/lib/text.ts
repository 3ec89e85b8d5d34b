import { compareVi, foldVi } from "../../../src/core/text/collate";

// The same collation and folding as the server (src/core/text), so lists sort and match alike.
export { compareVi };

/** Sorts a copy of the list by a text key in Vietnamese order. */
export const sortVi = <T>(items: readonly T[], key: (item: T) => string): T[] =>
  [...items].sort((a, b) => compareVi(key(a), key(b)));

/**
 * Vietnamese people are listed by given name (the last word), then by the full name:
 * "Nguyễn Văn An" comes before "Bùi Thị Hường".
 */
export const comparePersonNames = (a: string, b: string): number => {
  const given = (name: string): string => name.trim().split(/\s+/).at(-1) ?? "";
  return compareVi(given(a), given(b)) || compareVi(a, b);
};

/** Lower case without diacritics, spaces collapsed: "Đông  Triều" → "dong trieu". */
export const foldVietnamese = (text: string): string => foldVi(text).replace(/\s+/g, " ").trim();

/**
 * True when every word of the query begins a word of the fields, ignoring case and diacritics:
 * "huong" finds "Hường" but not "Thường trực".
 */
export const matchesQuery = (query: string, fields: readonly (string | null | undefined)[]): boolean => {
  const words = foldVietnamese(query).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldVietnamese(fields.filter(Boolean).join(" ")).split(" ");
  return words.every((word) => haystack.some((candidate) => candidate.startsWith(word)));
};

/** A note as people write it: "…đúng hạn.. Điều chỉnh" (two texts joined with ". ") → one full stop. */
export const tidySentences = (text: string): string => text.replace(/([.!?])\.(?!\.)(?<!\.\.\.)/g, "$1");

const COMMITTEE = /^(Thành|Thị|Huyện|Tỉnh|Quận|Đảng) ủy\s+/u;

/**
 * Labels short enough for a phone's chart: the words every name starts with dropped, then the
 * committee ("Thành ủy Hạ Long" → "Hạ Long"). "Ban Tuyên giáo Thị ủy Đông Triều" → "Đông Triều".
 * A name that would end up empty, or the same as another's, stays whole.
 */
export const shortNames = (names: readonly string[]): Map<string, string> => {
  const words = names.map((n) => n.trim().split(/\s+/u));
  let common = 0;
  while (names.length > 1 && words.every((w) => w.length > common + 1 && w[common] === words[0]![common]))
    common++;
  const short = words.map((w) => w.slice(common).join(" ").replace(COMMITTEE, "") || w.join(" "));
  const unique = new Set(short).size === short.length;
  return new Map(names.map((n, i) => [n, unique ? short[i]! : n]));
};
