/** Plain text of stored rich text, paragraph per block, for the simple editor. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const blocks = [...doc.body.querySelectorAll("p, li, h3, h4, blockquote")];
  if (blocks.length === 0) return doc.body.textContent ?? "";
  return blocks.map((b) => b.textContent ?? "").join("\n\n");
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Paragraphs of typed text as HTML (the server sanitises again). */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeText(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
}
