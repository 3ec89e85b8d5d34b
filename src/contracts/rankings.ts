import { z } from "zod";
import { ScoreInputSchema } from "./cluster-year";
import { safeString } from "./text";

// The ranking page (xếp hạng), its heat map and "why this rank", and the import/export answers.

/**
 * final: the published results, for anyone who sees the cluster. draft: the working ranking of the
 * values so far (final, else reviewed, else self) of submitted assessments, for the head and the council.
 * self: the units' own scores (published ones; the head and council also see submitted ones; a unit also
 * sees its own).
 */
export const rankingStage = z.enum(["final", "draft", "self"], {
  error: 'Giai đoạn phải là "final", "draft" hoặc "self"',
});
export type RankingStage = z.infer<typeof rankingStage>;
export const matrixStage = z.enum(["final", "draft"], { error: 'Giai đoạn phải là "final" hoặc "draft"' });

export const rankingQuery = z.object({ stage: rankingStage.default("final") });
export const matrixQuery = z.object({ stage: matrixStage.default("final") });
export const whyQuery = z.object({
  a: safeString({ error: "Hãy chọn đơn vị thứ nhất" }).min(1, "Hãy chọn đơn vị thứ nhất"),
  b: safeString({ error: "Hãy chọn đơn vị thứ hai" }).min(1, "Hãy chọn đơn vị thứ hai"),
  stage: rankingStage.default("final"),
});

export const rankingRow = z.object({
  rank: z.int(),
  unit: z.string(),
  name: z.string(),
  total: z.number(),
  base: z.number(),
  bonus: z.number(),
  penalty: z.number(),
  band: z.string().nullable(),
  eligibleForLeading: z.boolean(),
});
export type RankingRow = z.infer<typeof rankingRow>;

/** An input the ranking had to leave out because it no longer fits the pact (e.g. after an amendment). */
export const ignoredInput = z.object({
  unit: z.string(),
  criterion: z.string(),
  message: z.string(),
  /** The same, in English. */
  messageEn: z.string(),
});

export const clusterRef = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  year: z.int(),
});

export const rankingResponse = z.object({
  cluster: clusterRef,
  stage: rankingStage,
  /** The table's maximum base points (bonus and penalty left out). */
  maxPoints: z.number(),
  bonusCap: z.number().nullable(),
  rows: z.array(rankingRow),
  /** Members not in this ranking yet (no result the actor may see at this stage). */
  pending: z.array(z.object({ unit: z.string(), name: z.string() })),
  ignored: z.array(ignoredInput),
  /** Whether the actor may ask for the draft ranking (the head and the council). */
  canSeeDraft: z.boolean(),
});
export type RankingResponse = z.infer<typeof rankingResponse>;

export const criterionNode = z.object({
  code: z.string(),
  title: z.string(),
  /** The most points it can give (a group: its children's, capped at its own max); null for an uncapped penalty. */
  max: z.number().nullable(),
  depth: z.int(),
  parent: z.string().nullable(),
  method: z.string(),
  /** base counts in the total; bonus is added, penalty taken off. */
  kind: z.enum(["base", "bonus", "penalty"]),
});
export type CriterionNode = z.infer<typeof criterionNode>;

export const criterionDelta = z.object({
  code: z.string(),
  self: z.number(),
  final: z.number(),
  /** final − self, exact to the hundredth (negative: the review took points off). */
  difference: z.number(),
});

export const selfVsFinal = z.object({
  unit: z.string(),
  name: z.string(),
  selfTotal: z.number(),
  finalTotal: z.number(),
  difference: z.number(),
  criteria: z.array(criterionDelta),
});
export type SelfVsFinal = z.infer<typeof selfVsFinal>;

export const matrixResponse = z.object({
  cluster: clusterRef,
  stage: matrixStage,
  criteria: z.array(criterionNode),
  /** Units in ranking order. */
  units: z.array(z.object({ unit: z.string(), name: z.string(), rank: z.int(), total: z.number() })),
  /** unit code → criterion code → score. */
  scores: z.record(z.string(), z.record(z.string(), z.number())),
  selfVsFinal: z.array(selfVsFinal),
  ignored: z.array(ignoredInput),
});
export type MatrixResponse = z.infer<typeof matrixResponse>;

const unitStanding = z.object({ unit: z.string(), name: z.string(), rank: z.int(), total: z.number() });

export const whyResponse = z.object({
  stage: rankingStage,
  a: unitStanding,
  b: unitStanding,
  /** The unit ranked higher, or null when they share a rank. */
  ahead: z.string().nullable(),
  /** "total", "group:CODE", "fewerPenalties" or "moreBonus"; null when they share a rank. */
  decidedBy: z.string().nullable(),
  /** Vietnamese sentence saying what decided. */
  summary: z.string(),
  keys: z.array(z.object({ key: z.string(), a: z.number(), b: z.number() })),
  criteria: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      depth: z.int(),
      method: z.string(),
      a: z.number(),
      b: z.number(),
      delta: z.number(),
    }),
  ),
});
export type WhyResponse = z.infer<typeof whyResponse>;

export const importResult = z.object({
  clusterId: z.uuid(),
  cluster: z.object({ code: z.string(), year: z.int(), created: z.boolean() }),
  /** Units created because the council had no unit with that code (valid from 1 January of the year). */
  createdUnits: z.array(z.object({ code: z.string(), name: z.string() })),
  pactId: z.uuid(),
  pactStatus: z.enum(["draft", "locked"]),
  criteria: z.int(),
  assessments: z.int(),
  inputs: z.int(),
  /** Things kept as they were, e.g. a unit whose name in the file differs from the council's record. */
  notes: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type ImportResult = z.infer<typeof importResult>;

export const importQuery = z.object({ councilId: z.uuid({ error: "Mã cơ quan không hợp lệ" }).optional() });

export const sheetStage = z.enum(["self", "review"], { error: 'Giai đoạn phải là "self" hoặc "review"' });
export const scoringSheetQuery = z.object({
  unit: safeString().min(1).optional(),
  stage: sheetStage.default("self"),
});

export const sheetImportResult = z.object({
  stage: sheetStage,
  /** True once the inputs are saved (the upload); false when only checked. */
  saved: z.boolean(),
  /** How many inputs were written: those that differ from what was stored (0 when only checked). */
  count: z.int(),
  units: z.array(
    z.object({
      unit: z.string(),
      unitId: z.uuid(),
      sheet: z.string(),
      /** criterion code → input, as in a thidua.cluster-year/v1 file. */
      inputs: z.record(z.string(), ScoreInputSchema),
    }),
  ),
});
export type SheetImportResult = z.infer<typeof sheetImportResult>;
