import { foldVi } from "./collate";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

type Span = { start: number; end: number };

/** The words of a text with their positions and folded forms (folding keeps one character per character). */
function wordsOf(text: string): { start: number; end: number; folded: string }[] {
  const out: { start: number; end: number; folded: string }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    out.push({ start: m.index, end: m.index + m[0].length, folded: foldVi(m[0]) });
  }
  return out;
}

function marked(text: string, spans: Span[], from: number, to: number): string {
  let html = "";
  let at = from;
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue;
    html += escapeHtml(text.slice(at, Math.max(at, s.start)));
    html += `<mark>${escapeHtml(text.slice(Math.max(at, s.start), Math.min(to, s.end)))}</mark>`;
    at = Math.min(to, s.end);
  }
  return html + escapeHtml(text.slice(at, to));
}

/**
 * An HTML-escaped excerpt of about `width` characters around the first match, with every word whose folded
 * form (no diacritics, lower case) is one of `marks` wrapped in <mark>. The search gives the words it matched
 * with: as typed, their completions and their corrections, so "dong" never marks "Công".
 */
export function highlight(text: string, marks: readonly string[], width = 220): string {
  const wanted = new Set(marks);
  const spans = wordsOf(text).filter((w) => wanted.has(w.folded));
  if (text.length <= width) return marked(text, spans, 0, text.length);
  const first = spans[0]?.start ?? 0;
  let from = Math.max(0, first - Math.floor(width / 3));
  const space = text.lastIndexOf(" ", from);
  if (from > 0 && space > from - 30) from = space + 1;
  let to = Math.min(text.length, from + width);
  const end = text.indexOf(" ", to);
  if (to < text.length && end > 0 && end < to + 30) to = end;
  return `${from > 0 ? "… " : ""}${marked(text, spans, from, to)}${to < text.length ? " …" : ""}`;
}
