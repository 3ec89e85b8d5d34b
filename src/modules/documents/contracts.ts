import { z } from "zod";
import { parseIsoDate } from "../../core/documents";

// The documents' request and response shapes (kept beside the module until the lead moves them to contracts/).

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Free text: no NUL character, no lone surrogate (they break Word's XML and PDF text). */
export const docText = (max: number) =>
  z
    .string({ error: "Cần nhập văn bản" })
    .max(max, { error: `Tối đa ${max} ký tự` })
    .refine((s) => !s.includes("\u0000"), { error: "Văn bản chứa ký tự NUL không hợp lệ" })
    .refine((s) => !LONE_SURROGATE.test(s), { error: "Văn bản chứa ký tự thay thế lẻ không hợp lệ" });

export const isoDate = z
  .string({ error: "Cần nhập ngày" })
  .refine((s) => parseIsoDate(s) !== null, { error: "Ngày không hợp lệ (cần dạng YYYY-MM-DD)" });

export const CLUSTER_DOCUMENT_KINDS = ["pact", "year-end-report", "proposal"] as const;
export type ClusterDocumentKind = (typeof CLUSTER_DOCUMENT_KINDS)[number];
export const ISSUABLE_KINDS = ["year-end-report", "proposal"] as const;
export type IssuableKind = (typeof ISSUABLE_KINDS)[number];

export const documentInput = z.object({
  results: docText(20000).optional(),
  shortcomings: docText(20000).optional(),
  nextYearTasks: z.array(docText(2000)).max(50, { error: "Tối đa 50 nhiệm vụ" }).optional(),
  voteResult: docText(2000).optional(),
});
export type DocumentInput = z.infer<typeof documentInput>;

export const issueInput = documentInput.extend({ date: isoDate });
export type IssueInput = z.infer<typeof issueInput>;

export const draftQuery = z.object({ date: isoDate.optional() });

export const issuedSummary = z.object({
  id: z.uuid(),
  kind: z.string(),
  number: z.int(),
  numberLine: z.string(),
  date: z.string(),
  issuedAt: z.string(),
  issuedByName: z.string(),
});
export type IssuedSummary = z.infer<typeof issuedSummary>;

export const clusterDocumentsResponse = z.object({
  layout: z.enum(["party", "state"]),
  documents: z.array(
    z.object({
      kind: z.enum(CLUSTER_DOCUMENT_KINDS),
      title: z.string(),
      issued: issuedSummary.nullable(),
      /** Whether this actor may issue it now (numbered kinds, not yet issued). */
      canIssue: z.boolean(),
      downloads: z.array(z.object({ format: z.enum(["pdf", "docx"]), url: z.string() })),
    }),
  ),
  dossier: z.array(z.object({ format: z.enum(["pdf", "zip"]), url: z.string() })),
});
export type ClusterDocumentsResponse = z.infer<typeof clusterDocumentsResponse>;

export const documentSettingsInput = z.object({
  layout: z.enum(["party", "state"], { error: "Chọn thể thức Đảng hoặc Nhà nước" }),
  partyTermStart: isoDate.nullable(),
  version: z.int({ error: "Thiếu phiên bản" }),
});
export const documentSettingsResponse = z.object({
  councilId: z.uuid(),
  layout: z.enum(["party", "state"]),
  partyTermStart: z.string().nullable(),
  version: z.int(),
  canChange: z.boolean(),
});

export const issuerInput = z.object({
  superiorBody: docText(200).nullable(),
  issuingBody: docText(200).refine((s) => s.trim().length > 0, { error: "Cần nhập tên cơ quan ban hành" }),
  symbol: docText(30).refine((s) => /^[\p{L}\d.-]+$/u.test(s), {
    error: "Chữ viết tắt chỉ gồm chữ, số, dấu chấm, gạch nối",
  }),
  place: docText(100).refine((s) => s.trim().length > 0, { error: "Cần nhập địa danh" }),
});
export type IssuerInput = z.infer<typeof issuerInput>;
