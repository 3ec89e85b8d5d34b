import { z } from "zod";
import { freeText, safeString } from "./text";

// Publishing a cluster-year's results (one act for the whole cluster), reopening them, and what an
// amendment of a locked pact would change.

const reason = (what: string) =>
  safeString({ error: `Bắt buộc: ${what}` })
    .trim()
    .min(10, `${what[0]?.toUpperCase()}${what.slice(1)} cần ít nhất 10 ký tự`)
    .max(2000, "Tối đa 2000 ký tự");
const version = z
  .int({ error: "Phải là số phiên bản (số nguyên ≥ 0; 0 khi đơn vị chưa có bản chấm điểm)" })
  .min(0, "Phải là số phiên bản (số nguyên ≥ 0; 0 khi đơn vị chưa có bản chấm điểm)");

/** The version of every unit's assessment as the council saw them when it decided to publish. */
export const publishClusterBody = z.object({
  versions: z.record(z.uuid({ error: "Mã đơn vị không hợp lệ" }), version, {
    error: "Cần phiên bản bản chấm điểm của từng đơn vị (mã đơn vị → phiên bản)",
  }),
  note: freeText(2000)
    .nullish()
    .transform((s) => (s ? s : null)),
});
export type PublishClusterBody = z.input<typeof publishClusterBody>;

export const reopenBody = z.object({ reason: reason("lý do mở lại") });
export type ReopenBody = z.input<typeof reopenBody>;

export const publicationState = z.enum(["unpublished", "published", "reopened"]);

export const publicationUnit = z.object({
  unitId: z.uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  version: z.int(),
});

export const publicationResponse = z.object({
  clusterId: z.uuid(),
  state: publicationState,
  /** The published record's pact version, when and by whom; null before the first publication. */
  publishedAt: z.string().nullable(),
  pactVersion: z.int().nullable(),
  seq: z.int().nullable(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  units: z.array(publicationUnit),
  /** Units not final yet: publishing waits for them. */
  notFinal: z.array(z.string()),
  canPublish: z.boolean(),
  canReopen: z.boolean(),
});
export type PublicationResponse = z.infer<typeof publicationResponse>;

/** One assessment an amendment would change: its totals and ranks before and after, and inputs it makes invalid. */
export const impactRow = z.object({
  unitId: z.uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  published: z.boolean(),
  totalBefore: z.number().nullable(),
  totalAfter: z.number().nullable(),
  rankBefore: z.int().nullable(),
  rankAfter: z.int().nullable(),
  bandBefore: z.string().nullable(),
  bandAfter: z.string().nullable(),
  /** Eligible to be proposed as the leading unit (rules.leading), before and after: part of the result. */
  leadingBefore: z.boolean().nullable(),
  leadingAfter: z.boolean().nullable(),
  invalidInputs: z.array(z.object({ criterionCode: z.string(), message: z.string(), messageEn: z.string() })),
});
export type ImpactRow = z.infer<typeof impactRow>;

export const amendmentImpact = z.object({
  /** Whether saving is refused: it would change a published result. */
  blocked: z.boolean(),
  rows: z.array(impactRow),
  summary: z.string(),
});
export type AmendmentImpact = z.infer<typeof amendmentImpact>;

/** A proposed table and rules, as an amendment would send them (no version or reason needed to look). */
export const amendmentPreviewInput = z.object({
  criteria: z.array(z.unknown(), { error: "Cần bảng tiêu chí (danh sách)" }),
  rules: z.unknown().optional(),
});
