import { parseIsoDate } from "./date-in-words";
import { LAYOUT_RULES } from "./layout-rules";
import { DOCUMENT_TYPES, type DocumentLayout, type DocumentNumber, type DocumentTypeKey } from "./model";

const BLANK = "\u00a0".repeat(6);

/** "Số 127-BC/BTGTU" (Party) or "Số: 12/BC-UBND" (state); before issue the number is left blank to fill. */
export function formatNumberLine(layout: DocumentLayout, type: DocumentTypeKey, n: DocumentNumber): string {
  const rules = LAYOUT_RULES[layout];
  const value =
    n.number === null ? BLANK : rules.padNumberBelow10 && n.number < 10 ? `0${n.number}` : String(n.number);
  const typeCode = DOCUMENT_TYPES[type].code;
  switch (layout) {
    case "party":
      return `Số ${value}-${typeCode}/${n.issuerCode}`;
    case "state":
      return `Số: ${value}/${typeCode}-${n.issuerCode}`;
  }
}

/**
 * The numbering period a date falls in: Party numbers run per term of the Party committee (five years from
 * the congress that opened the term), state numbers per calendar year. Returns a stable key and a label.
 */
export function numberingPeriod(
  layout: DocumentLayout,
  iso: string,
  termStart: string | null,
): { key: string; label: string } {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`Ngày không hợp lệ: ${iso}`);
  if (LAYOUT_RULES[layout].numbering === "year" || termStart === null) {
    return { key: String(date.year), label: `năm ${date.year}` };
  }
  const start = parseIsoDate(termStart);
  if (!start) throw new RangeError(`Ngày không hợp lệ: ${termStart}`);
  // Terms follow each other every five years from the known congress, before it as after it.
  const monthDay = (d: { month: number; day: number }) => d.month * 100 + d.day;
  let offset = date.year - start.year;
  if (monthDay(date) < monthDay(start)) offset -= 1;
  const first = start.year + Math.floor(offset / 5) * 5;
  const label = `${first}-${first + 5}`;
  return { key: `term:${label}`, label: `nhiệm kỳ ${label}` };
}
