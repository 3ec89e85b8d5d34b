/** A `?year=` value the server accepts (1990–2100), or null. */
export const parseYear = (value: string | null): number | null => {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : null;
};
