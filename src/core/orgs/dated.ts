/** Anything valid over a closed date range [validFrom, validTo]; validTo null means still valid. ISO dates compare as text. */
export type Dated = { validFrom: string; validTo: string | null };

export const isValidOn = (row: Dated, date: string): boolean =>
  row.validFrom <= date && (row.validTo === null || row.validTo >= date);

/** The row in force on `date`; else the latest that began before it; else the earliest (for dates before an org existed). */
export function pickAt<T extends Dated>(rows: readonly T[], date: string): T | undefined {
  const sorted = [...rows].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const current = sorted.filter((r) => isValidOn(r, date)).at(-1);
  if (current) return current;
  return sorted.filter((r) => r.validFrom <= date).at(-1) ?? sorted[0];
}

export function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The last day of a year: how a past year is shown ("as it was then"). */
export const endOfYear = (year: number): string => `${year}-12-31`;

const vnDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });

/** Today in Asia/Ho_Chi_Minh as YYYY-MM-DD. */
export const todayVn = (): string => vnDay.format(new Date());

/** The calendar day in Asia/Ho_Chi_Minh of an instant ("2020-02-14T02:00:00Z" → "2020-02-14"). */
export const dayInVietnam = (instant: Date | string): string => vnDay.format(new Date(instant));
