const TIME_ZONE = "Asia/Ho_Chi_Minh";
const numberFormat = new Intl.NumberFormat("vi-VN");

/** 1234.5 → "1.234,5" (the UI always writes numbers the Vietnamese way). */
export const formatNumber = (value: number): string => numberFormat.format(value);

/** "2020-11-24" → "24/11/2020". Works on the ISO string, so no time zone can shift the day. */
export const formatDate = (iso: string | null | undefined): string => {
  if (!iso) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
};

/** "24/11/2020 – nay" for an open period; `presentLabel` is the translated "nay". */
export const formatPeriod = (from: string, to: string | null, presentLabel: string): string =>
  `${formatDate(from)} – ${to ? formatDate(to) : presentLabel}`;

/** Today in Vietnam as "YYYY-MM-DD". */
export const todayIso = (): string => {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date());
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
};

export const currentYear = (): number => Number(todayIso().slice(0, 4));

/**
 * The day that stands for a year when asking "as of when": its last day for a past year,
 * today for the current year, its first day for a future one.
 */
export const dateForYear = (year: number): string => {
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) return `${year}-12-31`;
  if (year > thisYear) return `${year}-01-01`;
  return today;
};
