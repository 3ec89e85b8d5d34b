import { validationError } from "../../contracts/parse";
import { emptySections } from "../../contracts/report-parts";
import { REPORT_PARTS, type ReportField, type ReportSections } from "../../contracts/reports";
import { plainText, sanitizeRichText } from "./sanitize";

/** Sanitises every part; a field that is not in the period's list is a located 400. */
export function cleanSections(fields: readonly ReportField[], input: ReportSections): ReportSections {
  const known = new Set(fields.map((f) => f.key));
  const unknown = Object.keys(input.fields).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw validationError(
      unknown.map((k) => ({
        path: `sections.fields.${k}`,
        message: "Lĩnh vực này không có trong kỳ báo cáo",
      })),
    );
  }
  const out = emptySections(fields);
  for (const f of fields) out.fields[f.key] = sanitizeRichText(input.fields[f.key] ?? "");
  for (const p of REPORT_PARTS) out[p.key] = sanitizeRichText(input[p.key] ?? "");
  return out;
}

/** The report's plain text, headed by the field and part titles, for search. */
export function searchTextOf(fields: readonly ReportField[], sections: ReportSections): string {
  const blocks: string[] = [];
  for (const f of fields) {
    const text = plainText(sections.fields[f.key] ?? "");
    if (text) blocks.push(`${f.title}: ${text}`);
  }
  for (const p of REPORT_PARTS) {
    const text = plainText(sections[p.key]);
    if (text) blocks.push(`${p.title}: ${text}`);
  }
  return blocks.join("\n");
}
