import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../../repo-root";

// Liberation Serif 2 (SIL OFL): Times New Roman's metric twin, with every Vietnamese glyph. Embedded in PDFs,
// and named "Times New Roman" in DOCX so Word uses the font the rules prescribe (same metrics, same breaks).

export const FONT_DIR = join(repoRoot, "assets", "fonts");
export const FONT_FILES = {
  normal: join(FONT_DIR, "LiberationSerif-Regular.ttf"),
  bold: join(FONT_DIR, "LiberationSerif-Bold.ttf"),
  italics: join(FONT_DIR, "LiberationSerif-Italic.ttf"),
  bolditalics: join(FONT_DIR, "LiberationSerif-BoldItalic.ttf"),
};
export const DOCX_FONT = "Times New Roman";

type Metrics = {
  unitsPerEm: number;
  glyphOf: (codePoint: number) => number;
  advance: (codePoint: number) => number;
};
const cache = new Map<string, Metrics>();

/** Advance widths from the TTF's cmap (format 4) and hmtx tables: enough to size the header rules. */
function metricsOf(file: string): Metrics {
  const hit = cache.get(file);
  if (hit) return hit;
  const buf = readFileSync(file);
  const tables = new Map<string, number>();
  const numTables = buf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    tables.set(buf.toString("latin1", rec, rec + 4), buf.readUInt32BE(rec + 8));
  }
  const at = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font table ${tag} missing in ${file}`);
    return offset;
  };
  const unitsPerEm = buf.readUInt16BE(at("head") + 18);
  const numberOfHMetrics = buf.readUInt16BE(at("hhea") + 34);
  const hmtx = at("hmtx");
  const cmap = at("cmap");
  let sub = -1;
  for (let i = 0; i < buf.readUInt16BE(cmap + 2); i++) {
    const rec = cmap + 4 + i * 8;
    if (buf.readUInt16BE(rec) === 3 && buf.readUInt16BE(rec + 2) === 1)
      sub = cmap + buf.readUInt32BE(rec + 4);
  }
  if (sub < 0 || buf.readUInt16BE(sub) !== 4) throw new Error(`no Unicode BMP cmap in ${file}`);
  const segX2 = buf.readUInt16BE(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  const glyphOf = (cp: number): number => {
    for (let i = 0; i < segX2; i += 2) {
      if (cp > buf.readUInt16BE(ends + i)) continue;
      const start = buf.readUInt16BE(starts + i);
      if (cp < start) return 0;
      const delta = buf.readInt16BE(deltas + i);
      const ro = buf.readUInt16BE(rangeOffsets + i);
      if (ro === 0) return (cp + delta) & 0xffff;
      const g = buf.readUInt16BE(rangeOffsets + i + ro + 2 * (cp - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  const advance = (cp: number) => {
    const g = glyphOf(cp);
    return buf.readUInt16BE(hmtx + 4 * Math.min(g, numberOfHMetrics - 1));
  };
  const metrics = { unitsPerEm, glyphOf, advance };
  cache.set(file, metrics);
  return metrics;
}

/** Width in points of a line of text set in Liberation Serif (Times New Roman metrics). */
export function textWidth(text: string, size: number, bold = false): number {
  const m = metricsOf(bold ? FONT_FILES.bold : FONT_FILES.normal);
  let units = 0;
  for (const ch of text.normalize("NFC")) units += m.advance(ch.codePointAt(0) ?? 0);
  return (units / m.unitsPerEm) * size;
}

/** Whether the font has a glyph for every character (Vietnamese letters, dashes, quotes). */
export function hasGlyphs(text: string, bold = false): boolean {
  const file = bold ? FONT_FILES.bold : FONT_FILES.normal;
  const m = metricsOf(file);
  return [...text.normalize("NFC")].every((ch) => /\s/.test(ch) || m.glyphOf(ch.codePointAt(0) ?? 0) !== 0);
}
