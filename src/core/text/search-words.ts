import { foldVi } from "./collate";

const MAX_QUERY = 2000;
const MAX_WORDS = 12;

/**
 * The words of a search box's text, folded (lower case, no diacritics, đ→d): letters and digits only,
 * so quotes, operators, NUL and the like never reach a query parser. At most 12 words of 40 characters.
 */
export function searchWords(raw: string): string[] {
  const text = foldVi(raw.slice(0, MAX_QUERY));
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique: string[] = [];
  for (const w of words) {
    const word = w.slice(0, 40);
    if (!unique.includes(word)) unique.push(word);
    if (unique.length === MAX_WORDS) break;
  }
  return unique;
}

/** A to_tsquery('simple', …) text: every group must match, by any of its words. Words are letters and digits. */
export function tsQueryOf(groups: readonly (readonly string[])[]): string {
  return groups.map((alts) => (alts.length === 1 ? alts[0] : `(${alts.join(" | ")})`)).join(" & ");
}
