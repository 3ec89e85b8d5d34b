import { LAYOUT_RULES } from "./layout-rules";
import type { DocumentLayout } from "./model";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits "2020-11-24" into numbers, refusing impossible dates (2021-02-29) rather than rolling over. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** "ngày 24 tháng 11 năm 2020"; "ngày 05 tháng 02 năm 2021" (leading zeros as the layout's rule sets). */
export function dateInWords(iso: string, layout: DocumentLayout): string {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`Ngày không hợp lệ: ${iso}`);
  const rules = LAYOUT_RULES[layout];
  const day = rules.padDayBelow10 && parts.day < 10 ? `0${parts.day}` : String(parts.day);
  const month = rules.padMonthsBelow3 && parts.month < 3 ? `0${parts.month}` : String(parts.month);
  return `ngày ${day} tháng ${month} năm ${parts.year}`;
}

/** "Hạ Long, ngày 24 tháng 11 năm 2020": the place-and-date line under the motto. */
export function placeAndDate(place: string, iso: string, layout: DocumentLayout): string {
  return `${place.trim()}, ${dateInWords(iso, layout)}`;
}
