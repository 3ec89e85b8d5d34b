import i18next from "i18next";

const TIME_ZONE = "Asia/Ho_Chi_Minh";

// Numbers follow the interface language: "80,42" in Vietnamese, "80.42" in English.
const formats = new Map<string, Intl.NumberFormat>();
const numberFormatFor = (options: Intl.NumberFormatOptions = {}): Intl.NumberFormat => {
  const locale = i18next.language === "en" ? "en-US" : "vi-VN";
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
};

/** 1234.5 → "1.234,5" in Vietnamese, "1,234.5" in English. */
export const formatNumber = (value: number): string => numberFormatFor().format(value);

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

const dateTimeFormat = new Intl.DateTimeFormat("vi-VN", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** An instant as "24/11/2020 14:05", in Vietnam's time. */
export const formatDateTime = (iso: string | null | undefined): string => {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = dateTimeFormat.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")}/${part("month")}/${part("year")} ${part("hour")}:${part("minute")}`;
};

/** A score with at most two decimals, in the interface language: 9.5 → "9,5" (vi), "9.5" (en). */
export const formatScore = (value: number): string =>
  numberFormatFor({ maximumFractionDigits: 2 }).format(value);

/** 1536 → "1,5 KB"; sizes in the units people read (1 KB = 1024 bytes). */
export const formatBytes = (bytes: number): string => {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${numberFormatFor({ maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
};
