/** A `?year=` value the server accepts (1990–2100), or null. */
export const parseYear = (value: string | null): number | null => {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : null;
};

/** This year if it has clusters, else the newest year not in the future, else the newest, else this year. */
export const pickDefaultYear = (years: readonly number[], now: number): number =>
  years.includes(now) ? now : (years.find((y) => y <= now) ?? years[0] ?? now);
