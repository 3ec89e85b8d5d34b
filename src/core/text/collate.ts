const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export const compareVi = (a: string, b: string): number => collator.compare(a, b);

/** Lower-case, without diacritics, đ→d: for search that ignores accents ("dong trieu" finds "Đông Triều"). */
export function foldVi(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}
