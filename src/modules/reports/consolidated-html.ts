import type { ConsolidatedReport } from "../../contracts/reports";
import { escapeHtml } from "../../core/text/highlight";

/** A standalone HTML document of the consolidated report (sections are already sanitised). */
export function consolidatedHtml(report: ConsolidatedReport): string {
  const body = report.sections
    .map((s, i) => `<section><h2>${i + 1}. ${escapeHtml(s.title)}</h2>\n${s.html}</section>`)
    .join("\n");
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title>
<style>body{font-family:"Times New Roman","Liberation Serif",serif;font-size:14pt;max-width:800px;margin:2em auto;line-height:1.5}
h1{text-align:center;font-size:16pt}h2{font-size:14pt}table{border-collapse:collapse}td,th{border:1px solid #444;padding:4px 8px}</style>
</head><body><h1>${escapeHtml(report.title.toUpperCase())}</h1>
${body}
</body></html>`;
}
