import { parseIsoDate } from "./date-in-words";
import type { OfficialDocument, RichText } from "./model";

export type DocumentIssue = { path: string; message: string };

const blank = (s: string | undefined | null) => s === undefined || s === null || s.trim() === "";
const runText = (t: RichText) => (typeof t === "string" ? t : t.map((r) => r.text).join(""));
// NUL and lone surrogates break both DOCX (invalid XML) and PDF text; everything else renders.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const badText = (s: string) => s.includes("\u0000") || LONE_SURROGATE.test(s);

/**
 * What the layout needs and the document lacks, named in Vietnamese: the issuing body, the place and date,
 * the type's number symbol, at least one signer with position and name. Empty when it can be rendered.
 */
export function validateDocument(doc: OfficialDocument): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const need = (cond: boolean, path: string, message: string) => {
    if (cond) issues.push({ path, message });
  };
  need(blank(doc.header.issuingBody), "header.issuingBody", "Thiếu tên cơ quan ban hành văn bản");
  need(blank(doc.place), "place", "Thiếu địa danh ban hành văn bản");
  if (blank(doc.date)) issues.push({ path: "date", message: "Thiếu ngày ban hành văn bản" });
  else need(parseIsoDate(doc.date) === null, "date", "Ngày ban hành không hợp lệ (cần dạng YYYY-MM-DD)");
  if (doc.number) {
    need(blank(doc.number.issuerCode), "number.issuerCode", "Thiếu chữ viết tắt của cơ quan ban hành");
    const n = doc.number.number;
    need(
      n !== null && (!Number.isInteger(n) || n < 1),
      "number.number",
      "Số văn bản phải là số nguyên dương",
    );
  }
  need(doc.signatures.length === 0, "signatures", "Thiếu người ký văn bản");
  doc.signatures.forEach((s, i) => {
    need(blank(s.name), `signatures[${i}].name`, "Thiếu họ và tên người ký");
    need(blank(s.position), `signatures[${i}].position`, "Thiếu chức vụ người ký");
    if (s.capacity)
      need(
        blank(s.capacity.of),
        `signatures[${i}].capacity.of`,
        "Thiếu tên tập thể hoặc người đứng đầu mà người ký thay mặt",
      );
  });
  for (const [path, text] of textsOf(doc)) {
    if (badText(text))
      issues.push({ path, message: "Văn bản chứa ký tự không hợp lệ (NUL hoặc ký tự thay thế lẻ)" });
  }
  return issues;
}

function* textsOf(doc: OfficialDocument): Generator<[string, string]> {
  yield ["header.superiorBody", doc.header.superiorBody ?? ""];
  yield ["header.issuingBody", doc.header.issuingBody];
  yield ["subject", doc.subject ?? ""];
  for (const [i, b] of doc.body.entries()) {
    switch (b.kind) {
      case "heading":
        yield [`body[${i}].text`, b.text];
        break;
      case "paragraph":
        yield [`body[${i}].text`, runText(b.text)];
        break;
      case "list":
        for (const [j, item] of b.items.entries()) yield [`body[${i}].items[${j}]`, runText(item)];
        break;
      case "table":
        for (const [j, row] of [...b.rows, b.totalRow ?? []].entries())
          yield [`body[${i}].rows[${j}]`, row.join("")];
        break;
    }
  }
  for (const [i, s] of doc.signatures.entries()) yield [`signatures[${i}]`, `${s.name}${s.position}`];
  for (const [i, r] of (doc.recipients ?? []).entries()) yield [`recipients[${i}]`, r];
}
