import { z } from "zod";
import { MSG } from "../core/scoring/messages";
import { storableText } from "./text";

// `thidua.cluster-year/v1` (docs: scoring.md). Zod checks shape and context-free ranges; rules that need
// the whole file (unique codes, known units and levels, inputs matching methods, scores within max)
// are checked by `core/scoring/validate.ts`.

export const CLUSTER_YEAR_FORMAT = "thidua.cluster-year/v1";
export const RANKING_FORMAT = "thidua.ranking/v1";

// A missing field says "required"; a present but wrong one gets the field's own message.
const err =
  (message: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? MSG.required : message;

const nonNegative = () => z.number({ error: err(MSG.nonNegative) }).min(0, { error: err(MSG.nonNegative) });
const positive = () => z.number({ error: err(MSG.positive) }).gt(0, { error: err(MSG.positive) });
const wholeCount = () => z.int({ error: err(MSG.wholeCount) }).min(0, { error: err(MSG.wholeCount) });
const storable = () => storableText(MSG.badCharacter);
const text = () =>
  z
    .string({ error: err(MSG.text) })
    .regex(/\S/u, { error: err(MSG.text) })
    .check(storable());

export const CodeSchema = z
  .string({ error: err(MSG.code) })
  .regex(/^\S(?:.{0,62}\S)?$/u, { error: err(MSG.code) })
  .refine((code) => code !== "__proto__", { error: err(MSG.reservedKey) })
  .check(storable());

export const UnitSchema = z.strictObject({ code: CodeSchema, name: text() });

const common = { code: CodeSchema, title: text() };
const targets = (value: () => z.ZodNumber) => z.record(z.string().check(storable()), value()).optional();

export const ManualCriterionSchema = z.strictObject({
  ...common,
  method: z.literal("manual"),
  max: nonNegative(),
});
export const PassFailCriterionSchema = z.strictObject({
  ...common,
  method: z.literal("passFail"),
  max: nonNegative(),
});
/** `target` must be > 0 here: unlike leaderRelative, this method has no "no target" rule. */
export const TargetCriterionSchema = z.strictObject({
  ...common,
  method: z.literal("target"),
  max: nonNegative(),
  target: positive(),
  targets: targets(positive),
});
/** A missing or 0 target means "no target": such units are scored against each other (scoring.md). */
export const LeaderRelativeCriterionSchema = z.strictObject({
  ...common,
  method: z.literal("leaderRelative"),
  max: nonNegative(),
  target: nonNegative().optional(),
  targets: targets(nonNegative),
});
export const PerOccurrenceCriterionSchema = z.strictObject({
  ...common,
  method: z.literal("perOccurrence"),
  max: nonNegative(),
  pointsEach: nonNegative(),
});
export const LevelSchema = z.strictObject({
  label: text(),
  ratio: z
    .number({ error: err(MSG.ratio) })
    .min(0, { error: err(MSG.ratio) })
    .max(1, { error: err(MSG.ratio) }),
});
export const LevelsCriterionSchema = z.strictObject({
  ...common,
  method: z.literal("levels"),
  max: nonNegative(),
  levels: z.array(LevelSchema).min(1, { error: err(MSG.atLeastOne("level")) }),
});
export const BonusCriterionSchema = z.strictObject({
  ...common,
  method: z.literal("bonus"),
  max: nonNegative(),
});
export const PenaltyCriterionSchema = z.strictObject({
  ...common,
  method: z.literal("penalty"),
  pointsEach: nonNegative(),
  max: nonNegative().optional(),
});

export type ManualCriterion = z.infer<typeof ManualCriterionSchema>;
export type PassFailCriterion = z.infer<typeof PassFailCriterionSchema>;
export type TargetCriterion = z.infer<typeof TargetCriterionSchema>;
export type LeaderRelativeCriterion = z.infer<typeof LeaderRelativeCriterionSchema>;
export type PerOccurrenceCriterion = z.infer<typeof PerOccurrenceCriterionSchema>;
export type LevelsCriterion = z.infer<typeof LevelsCriterionSchema>;
export type BonusCriterion = z.infer<typeof BonusCriterionSchema>;
export type PenaltyCriterion = z.infer<typeof PenaltyCriterionSchema>;
export type ScoredCriterion =
  | ManualCriterion
  | PassFailCriterion
  | TargetCriterion
  | LeaderRelativeCriterion
  | PerOccurrenceCriterion
  | LevelsCriterion
  | BonusCriterion
  | PenaltyCriterion;
export type Method = ScoredCriterion["method"];

// The tree is recursive, so the group's type is spelled out once; the schema is checked against it.
export type GroupCriterion = {
  code: string;
  title: string;
  method?: undefined;
  max?: number | undefined;
  children: Criterion[];
};
export type Criterion = ScoredCriterion | GroupCriterion;

export const GroupCriterionSchema = z.strictObject({
  ...common,
  method: z.undefined().optional(),
  max: nonNegative().optional(),
  get children(): z.ZodArray<z.ZodType<Criterion>> {
    return z.array(CriterionSchema);
  },
});

export const CriterionSchema = z.discriminatedUnion(
  "method",
  [
    ManualCriterionSchema,
    PassFailCriterionSchema,
    TargetCriterionSchema,
    LeaderRelativeCriterionSchema,
    PerOccurrenceCriterionSchema,
    LevelsCriterionSchema,
    BonusCriterionSchema,
    PenaltyCriterionSchema,
    GroupCriterionSchema,
  ],
  { error: (issue) => (issue.code === "invalid_union" ? MSG.unknownMethod : undefined) },
);

export const TieBreakKeySchema = z
  .string({ error: err(MSG.tieBreak) })
  .regex(/^(?:group:.+|fewerPenalties|moreBonus)$/u, { error: err(MSG.tieBreak) })
  .check(storable());
export type TieBreakKey = z.infer<typeof TieBreakKeySchema>;

export const BandSchema = z.strictObject({ label: text(), min: z.number({ error: err(MSG.number) }) });

export const RulesSchema = z.strictObject({
  bonusCap: nonNegative().optional(),
  tieBreak: z.array(TieBreakKeySchema).optional(),
  bands: z.array(BandSchema).optional(),
  leading: z.strictObject({ minTotal: z.number({ error: err(MSG.number) }) }).optional(),
});
export type Rules = z.infer<typeof RulesSchema>;

/** One unit's input for one scored criterion; which field is allowed depends on the method. */
export const ScoreInputSchema = z.strictObject({
  points: nonNegative().optional(),
  passed: z.boolean({ error: err(MSG.boolean) }).optional(),
  actual: nonNegative().optional(),
  count: wholeCount().optional(),
  level: z
    .string({ error: err(MSG.string) })
    .check(storable())
    .optional(),
});
export type ScoreInput = z.infer<typeof ScoreInputSchema>;

/** unit code -> criterion code -> input. */
export const ScoresSchema = z.record(
  z.string().check(storable()),
  z.record(z.string().check(storable()), ScoreInputSchema),
);
export type Scores = z.infer<typeof ScoresSchema>;

export const ClusterYearSchema = z.strictObject({
  format: z.literal(CLUSTER_YEAR_FORMAT, { error: err(MSG.format) }),
  cluster: z.strictObject({ code: CodeSchema, name: text() }),
  year: z.int({ error: err(MSG.year) }).min(1, { error: err(MSG.year) }),
  units: z.array(UnitSchema).min(1, { error: err(MSG.atLeastOne("unit")) }),
  criteria: z.array(CriterionSchema).min(1, { error: err(MSG.atLeastOne("criterion")) }),
  rules: RulesSchema.default({}),
  scores: ScoresSchema.default({}),
});
/** A parsed file: `rules` and `scores` are always present (empty when the file leaves them out). */
export type ClusterYear = z.output<typeof ClusterYearSchema>;
/** A file as written: `rules` and `scores` may be left out. */
export type ClusterYearInput = z.input<typeof ClusterYearSchema>;
export type Unit = z.infer<typeof UnitSchema>;

// `thidua.ranking/v1`: what `thidua score` prints. Every number has at most 2 decimals.

export const UnitResultSchema = z.strictObject({
  rank: z.int().min(1),
  unit: z.string(),
  name: z.string(),
  total: z.number(),
  base: z.number(),
  bonus: z.number(),
  penalty: z.number(),
  band: z.string().nullable(),
  eligibleForLeading: z.boolean(),
  /** Every criterion and group, by code, in the order of the criteria tree. */
  scores: z.record(z.string(), z.number()),
});
export type UnitResult = z.infer<typeof UnitResultSchema>;

export const RankingV1Schema = z.strictObject({
  format: z.literal(RANKING_FORMAT),
  cluster: z.string(),
  year: z.int(),
  results: z.array(UnitResultSchema),
});
export type RankingV1 = z.infer<typeof RankingV1Schema>;
