import { z } from "zod";
import { type Criterion, type Rules, RulesSchema } from "./cluster-year";
import { safeString } from "./text";

// The tree is checked by the scoring engine (assertValidPact), which locates every problem by JSON path
// (criteria[2].children[0].max) in Vietnamese; here only its outer shape.
const criteriaTable = z
  .array(z.record(z.string(), z.unknown()), { error: "Bảng tiêu chí phải là một danh sách tiêu chí" })
  .meta({ description: "Cây tiêu chí theo định dạng thidua.cluster-year/v1 (mục criteria)" });
const rulesObject = z
  .record(z.string(), z.unknown(), { error: "Quy chế phải là một đối tượng" })
  .meta({ description: "Quy chế theo định dạng thidua.cluster-year/v1 (mục rules)" });

export const createPactInput = z.object({
  source: z.enum(["template", "previous", "file"]).default("template"),
  templateId: z.enum(["propaganda"]).default("propaganda"),
  /** With source "file": the criteria and rules as in a thidua.cluster-year/v1 file. */
  criteria: criteriaTable.optional(),
  rules: rulesObject.optional(),
});
export type CreatePactInput = z.input<typeof createPactInput>;

const version = z
  .int({ error: "Phiên bản phải là số nguyên" })
  .min(1, { error: "Phiên bản phải là số nguyên ≥ 1" });

/**
 * The whole table at once: adding, moving, removing and reordering criteria are all a new tree.
 * Leaving `rules` out keeps the current rules (it never wipes them).
 */
export const updatePactInput = z.object({ version, criteria: criteriaTable, rules: rulesObject.optional() });
export type UpdatePactInput = z.input<typeof updatePactInput>;

export const amendPactInput = updatePactInput.extend({
  reason: safeString({ error: "Cần nêu lý do sửa đổi" })
    .trim()
    .min(10, { error: "Lý do sửa đổi cần ít nhất 10 ký tự" })
    .max(2000, { error: "Lý do sửa đổi tối đa 2000 ký tự" }),
});
export type AmendPactInput = z.input<typeof amendPactInput>;

/** unit code → the unit's own target; null removes it (the criterion's common target applies). */
export const setUnitTargetsInput = z.object({
  version,
  criterionCode: safeString({ error: "Cần chọn tiêu chí" }).min(1, { error: "Cần chọn tiêu chí" }),
  targets: z.record(safeString(), z.number({ error: "Chỉ tiêu phải là một số" }).nullable(), {
    error: "Chỉ tiêu phải là bảng mã đơn vị → số",
  }),
});
export type SetUnitTargetsInput = z.input<typeof setUnitTargetsInput>;

export const openSigningInput = z.object({ version });

export const signPactInput = z.object({
  signerName: safeString({ error: "Cần ghi họ tên người ký" })
    .trim()
    .min(2, { error: "Cần ghi họ tên người ký" })
    .max(200, { error: "Họ tên tối đa 200 ký tự" }),
  /** Which member unit signs; needed when the account edits several member units (and for the system). */
  unitId: z.uuid({ error: "Mã đơn vị không hợp lệ" }).optional(),
  /** Only when the system signs on a unit's behalf (demo, import): the unit's account that the signature records. */
  accountId: z.uuid({ error: "Mã tài khoản không hợp lệ" }).optional(),
  /** Only for the system recording a paper pact: when it was signed (ISO date-time); otherwise now. */
  signedAt: z.iso.datetime({ offset: true, error: "Thời điểm ký phải theo dạng ISO 8601" }).optional(),
});
export type SignPactInput = z.input<typeof signPactInput>;

// The view the web app shows (GET /api/clusters/{id}/pact).

export const pactStatus = z.enum(["draft", "signing", "locked"]);
export type PactStatus = z.infer<typeof pactStatus>;

export const fileListing = z.object({
  id: z.uuid(),
  entityId: z.string(),
  name: z.string(),
  size: z.number(),
  mime: z.string(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});

const account = z.object({ id: z.uuid(), username: z.string(), displayName: z.string() });

export const pactMember = z.object({
  unitId: z.uuid(),
  code: z.string(),
  name: z.string(),
  role: z.enum(["head", "deputy", "member"]),
  signature: z
    .object({
      signerName: z.string(),
      /** The signer's post in the unit that day, from the people register (null when it does not know it). */
      signerPost: z.string().nullable(),
      account: account.nullable(),
      signedAt: z.string(),
    })
    .nullable(),
});

export const tableChange = z.object({
  kind: z.enum(["added", "removed", "changed", "reordered"]),
  /** The criterion's code ("" for the top level of the table, in "reordered"). */
  code: z.string(),
  title: z.string(),
  /** For "changed": the fields that differ (max, target, targets, title, position…). */
  fields: z.array(z.string()),
});
export type TableChange = z.infer<typeof tableChange>;

export const pactAmendment = z.object({
  id: z.uuid(),
  reason: z.string(),
  at: z.string(),
  actor: account.nullable(),
  /** A short Vietnamese line: "Thêm I.5; sửa II.2 (chỉ tiêu từng đơn vị); tổng điểm tối đa 100 → 102". */
  summary: z.string(),
  changes: z.array(tableChange),
  rulesChanged: z.boolean(),
  maxPointsBefore: z.number(),
  maxPointsAfter: z.number(),
});

/** What the actor may do next, computed by the same policy as the server's. */
export const pactCan = z.object({
  edit: z.boolean(),
  /** Unit codes whose own targets the actor may set (all members for the council and the head). */
  setTargets: z.array(z.string()),
  openSigning: z.boolean(),
  /** Member units (ids) the actor may still sign for. */
  signFor: z.array(z.uuid()),
  sign: z.boolean(),
  amend: z.boolean(),
  attachScan: z.boolean(),
});
export type PactCan = z.infer<typeof pactCan>;

export const pactView = z.object({
  id: z.uuid(),
  clusterId: z.uuid(),
  status: pactStatus,
  version: z.number().int(),
  /** The criteria tree (thidua.cluster-year/v1), each unit's own targets in `targets` by unit code. */
  criteria: criteriaTable,
  rules: RulesSchema,
  /** The table's maximum base points (bonus and penalty left out), as the engine computes it. */
  maxPoints: z.number(),
  lockedAt: z.string().nullable(),
  updatedAt: z.string(),
  members: z.array(pactMember),
  /** The current scan of the signed pact, and every scan uploaded (newest first). */
  scan: fileListing.nullable(),
  scans: z.array(fileListing),
  amendments: z.array(pactAmendment),
  can: pactCan,
});
// The recursive Criterion schema cannot be drawn in OpenAPI (a group's method is `undefined`), so the
// document shows a list of objects and the type says what they are.
export type PactView = Omit<z.infer<typeof pactView>, "criteria" | "rules"> & {
  criteria: Criterion[];
  rules: Rules;
};

export const pactResponse = z.object({ pact: pactView.nullable(), canCreate: z.boolean() });
export type PactResponse = { pact: PactView | null; canCreate: boolean };

export const pactTemplateSummary = z.object({ id: z.string(), title: z.string(), maxPoints: z.number() });
export type PactTemplateSummary = z.infer<typeof pactTemplateSummary>;
