import { type ParsedSymbol, parseSymbol } from "./parse-symbol";

export type SymbolMention = {
  /** Offsets in the NFC form of the text, so a page can turn the span into a link. */
  start: number;
  end: number;
  text: string;
  parsed: Extract<ParsedSymbol, { readable: true }>;
};

const L = "A-Za-zĐđÐ";
// Candidates only; each is then read by parseSymbol, so "9/3/2018" or "2021-2026" never become links.
const CANDIDATE = new RegExp(
  [
    `\\d{1,5}\\s?[-–]\\s?[${L}]{1,5}\\s?/\\s?[${L}0-9]{1,12}(?:-[${L}0-9]{1,12})*`,
    `\\d{1,5}/(?:\\d{4}/)?[${L}]{1,6}-[${L}0-9]{1,12}(?:-[${L}0-9]{1,12})*`,
    "\\d{1,5}/\\d{4}/QH\\d{1,2}",
  ].join("|"),
  "gu",
);

/** Mentions of documents in free text ("Nghị quyết số 11-NQ/TU ngày 9/3/2018"), in order. */
export function findSymbols(text: string): SymbolMention[] {
  const nfc = text.normalize("NFC");
  const found: SymbolMention[] = [];
  for (const match of nfc.matchAll(CANDIDATE)) {
    const start = match.index ?? 0;
    const before = nfc[start - 1];
    // Part of a longer number or word ("2018-NQ" inside "9/3/2018-NQ…") is not a mention.
    if (before !== undefined && /[\p{L}\p{N}/.-]/u.test(before)) continue;
    const parsed = parseSymbol(match[0]);
    if (!parsed.readable) continue;
    found.push({ start, end: start + match[0].length, text: match[0], parsed });
  }
  return found;
}
