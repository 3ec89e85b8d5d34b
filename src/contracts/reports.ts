import { z } from "zod";
import { freeText } from "./reports-text";

// Unit reports per period, their workflow, and the cluster's consolidated report.

export const reportField = z.object({
  key: z
    .string({ error: "Mã lĩnh vực phải là chữ" })
    .regex(/^[a-z0-9-]{1,40}$/, { error: "Mã lĩnh vực chỉ gồm chữ thường không dấu, số và dấu gạch" }),
  title: freeText("Tên lĩnh vực", { min: 2, max: 200 }),
});
export type ReportField = z.infer<typeof reportField>;

/** The fields of a propaganda unit's report (công tác tuyên giáo), the default sector. */
export const PROPAGANDA_FIELDS: ReportField[] = [
  { key: "tuyen-truyen", title: "Công tác tuyên truyền" },
  { key: "hoc-tap-nghi-quyet", title: "Học tập, quán triệt nghị quyết" },
  { key: "du-luan", title: "Nắm bắt dư luận xã hội" },
  { key: "ly-luan", title: "Lý luận chính trị" },
  { key: "khoa-giao", title: "Khoa giáo" },
  { key: "van-hoa", title: "Văn hóa, văn nghệ" },
  { key: "dau-tranh", title: "Đấu tranh phản bác quan điểm sai trái, thù địch" },
];

export { REPORT_PARTS, type ReportPartKey } from "./report-parts";

export const reportPeriodKind = z.enum(["half", "year"], { error: 'Kỳ báo cáo phải là "half" hoặc "year"' });
export const reportStatus = z.enum(["draft", "submitted", "returned", "accepted"]);
export type ReportStatus = z.infer<typeof reportStatus>;

const isoDate = (label: string) =>
  z.iso.date({ error: `${label} phải là ngày dạng YYYY-MM-DD` }).meta({ example: "2020-11-15" });

export const openPeriodInput = z.object({
  clusterId: z.uuid({ error: "Mã cụm không hợp lệ" }),
  kind: reportPeriodKind,
  deadline: isoDate("Hạn nộp"),
  fields: z
    .array(reportField, { error: "Danh sách lĩnh vực không hợp lệ" })
    .min(1, { error: "Cần ít nhất một lĩnh vực" })
    .max(30, { error: "Tối đa 30 lĩnh vực" })
    .optional(),
});

/** Rich text (HTML) is sanitised on the server; up to 200,000 characters a part. */
const richText = (label: string) => freeText(label, { max: 200_000 });

export const reportSections = z.object({
  fields: z.record(z.string(), richText("Nội dung lĩnh vực"), {
    error: "Kết quả theo lĩnh vực không hợp lệ",
  }),
  highlights: richText("Kết quả nổi bật").default(""),
  shortcomings: richText("Tồn tại, hạn chế").default(""),
  causes: richText("Nguyên nhân").default(""),
  lessons: richText("Bài học kinh nghiệm").default(""),
  models: richText("Mô hình, cách làm hay").default(""),
  proposals: richText("Đề xuất, kiến nghị").default(""),
});
export type ReportSections = z.infer<typeof reportSections>;

const version = z.int({ error: "Phiên bản phải là số nguyên" }).min(1, { error: "Phiên bản phải ≥ 1" });

export const saveReportInput = z.object({ version, sections: reportSections });
export const submitReportInput = z.object({ version });
export const returnReportInput = z.object({
  version,
  reason: freeText("Lý do trả lại", { min: 5, max: 2000 }),
});
export const acceptReportInput = z.object({ version });
export const reopenReportInput = z.object({ version, until: isoDate("Ngày mở lại đến") });

export const reportListQuery = z.object({
  clusterId: z.uuid({ error: "Mã cụm không hợp lệ" }).optional(),
  year: z.coerce.number({ error: "Năm phải là số" }).int({ error: "Năm phải là số nguyên" }).optional(),
  periodId: z.uuid({ error: "Mã kỳ báo cáo không hợp lệ" }).optional(),
});

export const reportSummary = z.object({
  id: z.uuid(),
  periodId: z.uuid(),
  clusterId: z.uuid(),
  kind: reportPeriodKind,
  year: z.int(),
  unitId: z.uuid(),
  unitName: z.string(),
  title: z.string(),
  status: reportStatus,
  deadline: z.string(),
  overdue: z.boolean(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ReportSummary = z.infer<typeof reportSummary>;

export const reportEvent = z.object({
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  note: z.string().nullable(),
  actorName: z.string(),
  at: z.string(),
});

export const reportFile = z.object({
  id: z.uuid(),
  name: z.string(),
  size: z.number(),
  mime: z.string(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});

export const reportCan = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  review: z.boolean(),
  reopen: z.boolean(),
  attach: z.boolean(),
});

export const reportDetail = reportSummary.extend({
  version: z.int(),
  fields: z.array(reportField),
  sections: reportSections,
  reopenedUntil: z.string().nullable(),
  events: z.array(reportEvent),
  files: z.array(reportFile),
  practices: z.array(z.object({ id: z.uuid(), title: z.string() })),
  can: reportCan,
});
export type ReportDetail = z.infer<typeof reportDetail>;

export const reportPeriod = z.object({
  id: z.uuid(),
  clusterId: z.uuid(),
  kind: reportPeriodKind,
  year: z.int(),
  deadline: z.string(),
  fields: z.array(reportField),
});

export const consolidatedSection = z.object({
  key: z.string().regex(/^[a-z0-9:-]{1,60}$/, { error: "Mã mục không hợp lệ" }),
  title: freeText("Tên mục", { min: 1, max: 300 }),
  html: freeText("Nội dung mục", { max: 500_000 }),
});
export const saveConsolidatedInput = z.object({
  /** 0 when saving the assembled draft for the first time. */
  version: z.int({ error: "Phiên bản phải là số nguyên" }).min(0, { error: "Phiên bản phải ≥ 0" }),
  sections: z
    .array(consolidatedSection)
    .min(1, { error: "Cần ít nhất một mục" })
    .max(100, { error: "Tối đa 100 mục" }),
});

export const consolidatedReport = z.object({
  periodId: z.uuid(),
  title: z.string(),
  cluster: z.object({ id: z.uuid(), name: z.string(), year: z.int() }),
  kind: reportPeriodKind,
  /** 0 while it is the assembled draft, not yet saved by the head. */
  version: z.int(),
  sections: z.array(z.object({ key: z.string(), title: z.string(), html: z.string() })),
  submitted: z.int(),
  members: z.int(),
});
export type ConsolidatedReport = z.infer<typeof consolidatedReport>;
