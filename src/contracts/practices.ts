import { z } from "zod";
import { freeText } from "./reports-text";

// The good-practice library (mô hình, cách làm hay) and replication (nhân rộng).

export const practiceFigure = z.object({
  label: freeText("Tên chỉ số", { min: 1, max: 200 }),
  value: z.number({ error: "Giá trị phải là số" }).finite({ error: "Giá trị phải là số hữu hạn" }),
  unit: freeText("Đơn vị tính", { max: 50 }).default(""),
});

export const practiceInput = z.object({
  unitId: z.uuid({ error: "Cần chọn đơn vị" }),
  year: z
    .int({ error: "Năm phải là số nguyên" })
    .min(2000, { error: "Năm từ 2000" })
    .max(2100, { error: "Năm đến 2100" }),
  field: freeText("Lĩnh vực", { min: 2, max: 200 }),
  title: freeText("Tên mô hình", { min: 5, max: 300 }),
  problem: freeText("Vấn đề đặt ra", { min: 10, max: 20_000 }),
  howItWorks: freeText("Cách làm", { min: 10, max: 50_000 }),
  results: freeText("Kết quả", { min: 10, max: 20_000 }),
  figures: z
    .array(practiceFigure, { error: "Số liệu kết quả không hợp lệ" })
    .max(30, { error: "Tối đa 30 số liệu" })
    .default([]),
  contact: freeText("Người liên hệ", { max: 300 }).default(""),
  reportId: z.uuid({ error: "Mã báo cáo không hợp lệ" }).nullable().optional(),
});
export type PracticeInput = z.input<typeof practiceInput>;

export const updatePracticeInput = practiceInput.omit({ unitId: true }).extend({
  version: z.int({ error: "Phiên bản phải là số nguyên" }).min(1, { error: "Phiên bản phải ≥ 1" }),
});

export const replicationInput = z.object({
  unitId: z.uuid({ error: "Cần chọn đơn vị áp dụng" }),
  adoptedOn: z.iso.date({ error: "Ngày áp dụng phải là ngày dạng YYYY-MM-DD" }),
  result: freeText("Kết quả áp dụng", { min: 10, max: 10_000 }),
});

export const practiceListQuery = z.object({
  year: z.coerce.number({ error: "Năm phải là số" }).int({ error: "Năm phải là số nguyên" }).optional(),
  unitId: z.uuid({ error: "Mã đơn vị không hợp lệ" }).optional(),
});

export const replication = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  adoptedOn: z.string(),
  result: z.string(),
});

export const practiceSummary = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  year: z.int(),
  field: z.string(),
  title: z.string(),
  results: z.string(),
  replications: z.array(replication),
});
export type PracticeSummary = z.infer<typeof practiceSummary>;

export const practiceDetail = practiceSummary.extend({
  version: z.int(),
  problem: z.string(),
  howItWorks: z.string(),
  figures: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string() })),
  contact: z.string(),
  report: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  files: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      size: z.number(),
      mime: z.string(),
      uploadedBy: z.string().nullable(),
      uploadedAt: z.string(),
    }),
  ),
  can: z.object({
    edit: z.boolean(),
    attach: z.boolean(),
    replicateFor: z.array(z.object({ id: z.uuid(), name: z.string() })),
  }),
});
export type PracticeDetail = z.infer<typeof practiceDetail>;
