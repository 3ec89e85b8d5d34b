import type { ReportDetail, ReportSections } from "./reports-api";

export const PARTS = ["highlights", "shortcomings", "causes", "lessons", "models", "proposals"] as const;
const PART_TITLES: Record<(typeof PARTS)[number], string> = {
  highlights: "Kết quả nổi bật",
  shortcomings: "Tồn tại, hạn chế",
  causes: "Nguyên nhân",
  lessons: "Bài học kinh nghiệm",
  models: "Mô hình, cách làm hay",
  proposals: "Đề xuất, kiến nghị",
};

export type ReportSection = { key: string; title: string; html: string };

/** The sections of a report: the fields, then the parts, each with its title. */
export const sectionList = (r: ReportDetail): ReportSection[] => [
  ...r.fields.map((f) => ({ key: `field:${f.key}`, title: f.title, html: r.sections.fields[f.key] ?? "" })),
  ...PARTS.map((p) => ({ key: p, title: PART_TITLES[p], html: r.sections[p] })),
];

/** The sections to save, from rich text by section key (as `sectionList` names them). */
export const sectionsOf = (r: ReportDetail, html: Record<string, string>): ReportSections => {
  const sections: ReportSections = {
    fields: Object.fromEntries(r.fields.map((f) => [f.key, html[`field:${f.key}`] ?? ""])),
    highlights: "",
    shortcomings: "",
    causes: "",
    lessons: "",
    models: "",
    proposals: "",
  };
  for (const p of PARTS) sections[p] = html[p] ?? "";
  return sections;
};
