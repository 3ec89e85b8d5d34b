// Bidirectional controls (LRE…RLO, LRI…PDI, LRM/RLM/ALM) let "gpj.exe" display as "exe.jpg".
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Half a surrogate pair has no UTF-8 form: PostgreSQL would refuse the whole name.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A file name as it may be stored, shown and offered for download: the last path part only (no "../",
 * no folders, either slash), no bidi overrides, control characters (NUL included) or halves of
 * surrogate pairs, at most 200 characters.
 */
export function cleanFileName(name: string): string {
  const base =
    name.replace(BIDI, "").replace(CONTROL, "").replace(LONE_SURROGATE, "").split(/[\\/]/).pop() ?? "";
  const trimmed = base.trim().replace(/^\.+/, "").trim();
  const short = Array.from(trimmed).slice(-200).join("");
  return short === "" ? "tệp" : short;
}
