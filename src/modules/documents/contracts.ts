import { z } from "zod";
import { safeString } from "../../contracts/text";
import { parseIsoDate } from "../../core/documents";

// The documents' request and response shapes (kept beside the module until the lead moves them to contracts/).

/** Free text: refused with a located message if it holds NUL or a lone surrogate (they break Word's XML and PDF text). */
export const docText = (max: number) =>
  safeString({ error: "Cần nhập văn bản" }).max(max, { error: `Tối đa ${max} ký tự` });

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
      /** The pact: the day the last member signed (YYYY-MM-DD), null while it is not signed by all. */
      signedOn: z.string().nullable(),
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

export const clusterIssuers = z.object({
  councilId: z.uuid(),
  /** Whether this actor may change the layout and the issuer lines (the council's admins). */
  canChange: z.boolean(),
  issuers: z.array(
    z.object({
      orgId: z.uuid(),
      role: z.enum(["council", "head", "deputy", "member"]),
      name: z.string(),
      /** false: the values shown are what documents fall back to until the council sets them. */
      configured: z.boolean(),
      superiorBody: z.string().nullable(),
      issuingBody: z.string(),
      symbol: z.string(),
      place: z.string(),
    }),
  ),
});
export type ClusterIssuers = z.infer<typeof clusterIssuers>;
