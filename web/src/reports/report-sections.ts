import { emptySections, REPORT_PARTS } from "../../../src/contracts/report-parts";
import type { ReportDetail, ReportSections } from "./reports-api";

export type ReportSection = { key: string; title: string; html: string };

/** The sections of a report: the fields, then the parts, each with its title. */
export const sectionList = (r: ReportDetail): ReportSection[] => [
  ...r.fields.map((f) => ({ key: `field:${f.key}`, title: f.title, html: r.sections.fields[f.key] ?? "" })),
  ...REPORT_PARTS.map((p) => ({ key: p.key, title: p.title, html: r.sections[p.key] })),
];

/** The sections to save, from rich text by section key (as `sectionList` names them). */
export const sectionsOf = (r: ReportDetail, html: Record<string, string>): ReportSections => {
  const sections = emptySections(r.fields);
  for (const f of r.fields) sections.fields[f.key] = html[`field:${f.key}`] ?? "";
  for (const p of REPORT_PARTS) sections[p.key] = html[p.key] ?? "";
  return sections;
};
