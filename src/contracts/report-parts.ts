import type { ReportSections } from "./reports";

// Plain values (no zod), so the web app can use them without the contracts' validators.

/** The parts every report has after the results by field, in order. */
export const REPORT_PARTS = [
  { key: "highlights", title: "Kết quả nổi bật" },
  { key: "shortcomings", title: "Tồn tại, hạn chế" },
  { key: "causes", title: "Nguyên nhân" },
  { key: "lessons", title: "Bài học kinh nghiệm" },
  { key: "models", title: "Mô hình, cách làm hay" },
  { key: "proposals", title: "Đề xuất, kiến nghị" },
] as const;
export type ReportPartKey = (typeof REPORT_PARTS)[number]["key"];

/** A report with every field and part empty. */
export const emptySections = (fields: readonly { key: string }[]): ReportSections => ({
  fields: Object.fromEntries(fields.map((f) => [f.key, ""])),
  highlights: "",
  shortcomings: "",
  causes: "",
  lessons: "",
  models: "",
  proposals: "",
});
