import { z } from "zod";
import { safeString } from "./text";

// The assessment workflow's requests and responses. A score value is a cluster-year input
// ({ points } | { passed } | { actual } | { count } | { level }); the scoring engine checks it
// against the criterion's method, so here it is only "an object".

export const assessmentStatusValues = [
  "draft",
  "submitted",
  "reviewed",
  "explanation",
  "final",
  "published",
] as const;
export const assessmentStatus = z.enum(assessmentStatusValues);

const criterionCode = safeString({ error: "Bắt buộc: mã tiêu chí" })
  .trim()
  .min(1, "Bắt buộc: mã tiêu chí")
  .max(64, "Mã tiêu chí tối đa 64 ký tự");
const version = z
  .int({ error: "Phải là số phiên bản (số nguyên ≥ 0; 0 khi chưa có giá trị)" })
  .min(0, "Phải là số phiên bản (số nguyên ≥ 0; 0 khi chưa có giá trị)");
export const scoreValue = z
  .record(z.string(), z.unknown(), {
    error:
      'Phải là giá trị chấm, ví dụ { "points": 7 }, { "passed": true }, { "actual": 14 }, { "count": 3 }, { "level": "Tốt" }',
  })
  .meta({
    description: "Giá trị chấm theo phương pháp của tiêu chí: points, passed, actual, count hoặc level",
  });
const optionalText = (max: number) =>
  safeString({ error: "Phải là văn bản" })
    .trim()
    .max(max, `Tối đa ${max} ký tự`)
    .nullish()
    .transform((s) => (s ? s : null));
const requiredText = (what: string, max: number) =>
  safeString({ error: `Bắt buộc: ${what}` })
    .trim()
    .min(1, `Bắt buộc: ${what}`)
    .max(max, `Tối đa ${max} ký tự`);

export const saveSelfInputBody = z.object({
  criterionCode,
  value: scoreValue,
  note: optionalText(2000),
  version,
});
export const saveReviewInputBody = z.object({
  criterionCode,
  value: scoreValue,
  comment: optionalText(2000),
  version,
});
/**
 * Many inputs at once from a filled scoring sheet, all or nothing. `version` is the input's version when
 * the sheet was downloaded (0: none yet); an input changed since is refused with a conflict. `place`
 * says where the value came from ("Trang 'HL', dòng 7, cột D") to locate every problem.
 */
export const saveSheetInputsBody = z.object({
  stage: z.enum(["self", "review"], { error: 'Giai đoạn phải là "self" hoặc "review"' }),
  inputs: z
    .array(
      z.object({
        unitId: z.uuid({ error: "Mã đơn vị không hợp lệ" }),
        criterionCode,
        value: scoreValue,
        note: optionalText(2000),
        version: version.optional(),
        place: safeString().max(200).optional(),
      }),
    )
    .max(20000, "Tối đa 20.000 giá trị một lần"),
});
export type SaveSheetInputsBody = z.input<typeof saveSheetInputsBody>;
export const explainBody = z.object({
  criterionCode,
  explanation: requiredText("nội dung giải trình", 4000),
  version,
});
export const transitionBody = z.object({ note: optionalText(2000) });
/** The assessment's version as the approver saw it: a stale one is refused (409) with what changed. */
const seenVersion = z
  .int({ error: "Cần phiên bản bản chấm điểm bạn đã xem (số nguyên ≥ 1)" })
  .min(1, "Cần phiên bản bản chấm điểm bạn đã xem (số nguyên ≥ 1)");
export const finalizeBody = z.object({
  version: seenVersion,
  note: optionalText(2000),
  overrides: z
    .array(z.object({ criterionCode, value: scoreValue, reason: requiredText("lý do điều chỉnh", 2000) }))
    .default([]),
});
export const correctionBody = z.object({
  version: seenVersion,
  criterionCode,
  value: scoreValue,
  reason: requiredText("lý do đính chính", 2000),
});
export const crossScoringBody = z.object({
  reviewerUnitId: z.uuid({ error: "Mã đơn vị chấm không hợp lệ" }),
  reviewedUnitId: z.uuid({ error: "Mã đơn vị được chấm không hợp lệ" }),
});

export type SaveSelfInputBody = z.input<typeof saveSelfInputBody>;
export type SaveReviewInputBody = z.input<typeof saveReviewInputBody>;
export type ExplainBody = z.input<typeof explainBody>;
export type FinalizeBody = z.input<typeof finalizeBody>;
export type CorrectionBody = z.input<typeof correctionBody>;

const value = z.record(z.string(), z.unknown()).nullable();
const totals = z.object({ total: z.number(), base: z.number(), bonus: z.number(), penalty: z.number() });

export const evidenceFile = z.object({
  id: z.uuid(),
  criterionCode: z.string(),
  name: z.string(),
  size: z.number().int(),
  mime: z.string(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
  canDelete: z.boolean(),
});

export const assessmentCan = z.object({
  editSelf: z.boolean(),
  submit: z.boolean(),
  review: z.boolean(),
  completeReview: z.boolean(),
  requestExplanation: z.boolean(),
  explain: z.boolean(),
  finalize: z.boolean(),
  publish: z.boolean(),
  correct: z.boolean(),
  attachEvidence: z.boolean(),
});

export const criterionRow = z.object({
  code: z.string(),
  title: z.string(),
  depth: z.number().int(),
  parentCode: z.string().nullable(),
  isGroup: z.boolean(),
  method: z.string().nullable(),
  max: z.number().nullable(),
  /** Whether submitting needs this criterion filled in (scored, neither bonus nor penalty). */
  required: z.boolean(),
  self: z.object({ value, note: z.string().nullable() }),
  reviewed: z.object({ value, comment: z.string().nullable(), reviewer: z.string().nullable() }),
  explanation: z.string().nullable(),
  final: value,
  /** `reviewed`: the points under review as the provisional ranking counts them (head and council only). */
  scores: z.object({
    self: z.number().nullable(),
    final: z.number().nullable(),
    reviewed: z.number().nullable(),
  }),
  /** Set when the pact no longer accepts the stored value (an amendment changed the max or method): not scored. */
  invalid: z.string().nullable(),
  /** The same, in English. */
  invalidEn: z.string().nullable(),
  version: z.number().int(),
  updatedBy: z.string().nullable(),
  evidence: z.array(evidenceFile),
});

export const timelineEvent = z.object({
  from: assessmentStatus.nullable(),
  to: assessmentStatus,
  note: z.string().nullable(),
  actor: z.string(),
  at: z.string(),
});

export const correctionRecord = z.object({
  criterionCode: z.string(),
  before: value,
  after: value,
  reason: z.string(),
  actor: z.string().nullable(),
  at: z.string(),
});

export const assessmentDetail = z.object({
  id: z.uuid().nullable(),
  clusterId: z.uuid(),
  unitId: z.uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  status: assessmentStatus,
  statusLabel: z.string(),
  version: z.number().int(),
  maxPoints: z.number(),
  criteria: z.array(criterionRow),
  /** `review`: while under review, the total of the reviewed values in the provisional ranking (head, council). */
  totals: z.object({ self: totals.nullable(), final: totals.nullable(), review: totals.nullable() }),
  missing: z.array(z.string()),
  timeline: z.array(timelineEvent),
  corrections: z.array(correctionRecord),
  can: assessmentCan,
});

export const assessmentSummary = z.object({
  unitId: z.uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  role: z.enum(["head", "deputy", "member"]),
  status: assessmentStatus,
  statusLabel: z.string(),
  /** Null where the actor may not see the values (another unit's draft; anything unpublished for an observer). */
  selfTotal: z.number().nullable(),
  finalTotal: z.number().nullable(),
  /** How many required criteria have no self input yet; null where hidden. */
  missingCount: z.number().int().nullable(),
  evidenceCount: z.number().int().nullable(),
  reviewerUnitIds: z.array(z.uuid()),
  canRead: z.boolean(),
});

export const savedInput = z.object({
  criterionCode: z.string(),
  version: z.number().int(),
  value,
});

export const crossScoringAssignment = z.object({
  reviewerUnitId: z.uuid(),
  reviewedUnitId: z.uuid(),
});

export type AssessmentDetail = z.infer<typeof assessmentDetail>;
export type AssessmentSummary = z.infer<typeof assessmentSummary>;
export type AssessmentCan = z.infer<typeof assessmentCan>;
export type CriterionRow = z.infer<typeof criterionRow>;
export type EvidenceFile = z.infer<typeof evidenceFile>;
