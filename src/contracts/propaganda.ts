import { z } from "zod";
import { freeText } from "./reports-text";

// Propaganda topics of the year, units' activities against them, and public-opinion reports.

const year = z
  .int({ error: "Năm phải là số nguyên" })
  .min(2000, { error: "Năm từ 2000" })
  .max(2100, { error: "Năm đến 2100" });
const isoDate = (label: string) => z.iso.date({ error: `${label} phải là ngày dạng YYYY-MM-DD` });
const count = (label: string) =>
  z
    .int({ error: `${label} phải là số nguyên` })
    .min(0, { error: `${label} không được âm` })
    .max(10_000_000, { error: `${label} quá lớn` });

export const activityKind = z.enum(["conference", "article", "banner", "other"], {
  error: "Loại hoạt động phải là hội nghị, bài viết, pa-nô/khẩu hiệu hoặc khác",
});
export const opinionTone = z.enum(["positive", "mixed", "concerned", "negative"], {
  error: "Chiều hướng phải là tích cực, trái chiều, băn khoăn hoặc tiêu cực",
});

export const topicInput = z.object({
  councilId: z.uuid({ error: "Mã cơ quan chủ trì không hợp lệ" }),
  year,
  title: freeText("Tên chủ đề", { min: 3, max: 300 }),
  description: freeText("Mô tả", { max: 5000 }).default(""),
});

export const activityInput = z.object({
  unitId: z.uuid({ error: "Cần chọn đơn vị" }),
  kind: activityKind,
  heldOn: isoDate("Ngày thực hiện"),
  title: freeText("Nội dung hoạt động", { min: 3, max: 500 }),
  quantity: count("Số lượng").default(1),
  participants: count("Số người tham dự").default(0),
});

export const topicListQuery = z.object({
  year: z.coerce.number({ error: "Năm phải là số" }).int({ error: "Năm phải là số nguyên" }).optional(),
});

export const activityTotals = z.object({
  conferences: z.int(),
  articles: z.int(),
  banners: z.int(),
  other: z.int(),
  participants: z.int(),
});

export const topicSummary = z.object({
  id: z.uuid(),
  year: z.int(),
  title: z.string(),
  description: z.string(),
  totals: activityTotals,
  byUnit: z.array(activityTotals.extend({ unitId: z.uuid(), unitName: z.string() })),
});
export type TopicSummary = z.infer<typeof topicSummary>;

export const topicDetail = topicSummary.extend({
  activities: z.array(
    z.object({
      id: z.uuid(),
      unitId: z.uuid(),
      unitName: z.string(),
      kind: activityKind,
      heldOn: z.string(),
      title: z.string(),
      quantity: z.int(),
      participants: z.int(),
    }),
  ),
  can: z.object({ logFor: z.array(z.uuid()), logAny: z.boolean() }),
});

export const opinionItem = z.object({
  topicId: z.uuid({ error: "Cần chọn chủ đề" }),
  tone: opinionTone,
  summary: freeText("Tóm tắt dư luận", { min: 5, max: 10_000 }),
});

export const opinionReportInput = z
  .object({
    unitId: z.uuid({ error: "Cần chọn đơn vị" }),
    periodStart: isoDate("Từ ngày"),
    periodEnd: isoDate("Đến ngày"),
    items: z
      .array(opinionItem)
      .min(1, { error: "Cần ít nhất một chủ đề" })
      .max(30, { error: "Tối đa 30 chủ đề" }),
    notable: freeText("Ý kiến đáng chú ý", { max: 20_000 }).default(""),
    recommendations: freeText("Kiến nghị", { max: 20_000 }).default(""),
  })
  .refine((v) => v.periodStart <= v.periodEnd, { error: "Đến ngày phải sau từ ngày", path: ["periodEnd"] });

export const opinionListQuery = z.object({
  year: z.coerce.number({ error: "Năm phải là số" }).int({ error: "Năm phải là số nguyên" }).optional(),
  topicId: z.uuid({ error: "Mã chủ đề không hợp lệ" }).optional(),
});

export const opinionSummary = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  title: z.string(),
  items: z.array(
    z.object({ topicId: z.uuid(), topicTitle: z.string(), tone: opinionTone, summary: z.string() }),
  ),
});

export const opinionDetail = opinionSummary.extend({ notable: z.string(), recommendations: z.string() });

/** Per topic and month: how many reports had each tone (for the council's chart). */
export const opinionTrend = z.array(
  z.object({
    topicId: z.uuid(),
    topicTitle: z.string(),
    months: z.array(
      z.object({
        month: z.string(),
        positive: z.int(),
        mixed: z.int(),
        concerned: z.int(),
        negative: z.int(),
      }),
    ),
  }),
);

export const opinionList = z.object({ reports: z.array(opinionSummary), trend: opinionTrend });
