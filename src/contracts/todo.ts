import { z } from "zod";
import { assessmentStatus } from "./assessments";

// Each role's to-do list (the home page): items drawn from live state, each with its deadline.
// Items carry data, not sentences, so the web app words them in the interface language.

const ref = z.object({ id: z.uuid(), name: z.string() });
const criterionRef = z.object({ code: z.string(), title: z.string() });
const deadline = {
  cluster: ref,
  /** The calendar's deadline for this item (YYYY-MM-DD), null when none applies. */
  due: z.string().nullable(),
  /** Whole days from today to `due` (negative once late), null without a deadline. */
  daysLeft: z.number().int().nullable(),
  late: z.boolean(),
};

export const todoItem = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("signPact"), unit: ref, ...deadline }),
  z.object({ kind: z.literal("registerTargets"), unit: ref, criteria: z.array(criterionRef), ...deadline }),
  z.object({
    kind: z.literal("selfAssess"),
    unit: ref,
    started: z.boolean(),
    missing: z.number().int(),
    ...deadline,
  }),
  z.object({
    kind: z.literal("explain"),
    unit: ref,
    note: z.string().nullable(),
    requestedBy: z.string().nullable(),
    criteria: z.array(criterionRef),
    ...deadline,
  }),
  z.object({ kind: z.literal("review"), units: z.array(ref), ...deadline }),
  z.object({
    kind: z.literal("explanationsReceived"),
    units: z.array(ref.extend({ at: z.string() })),
    ...deadline,
  }),
  z.object({ kind: z.literal("unsignedMembers"), units: z.array(ref), ...deadline }),
  z.object({ kind: z.literal("prepareConference"), notFinal: z.number().int(), ...deadline }),
  z.object({
    kind: z.literal("clusterStage"),
    stage: z.enum(["pactDrafting", "signing", "selfScoring", "review", "explanation", "final", "published"]),
    counts: z.partialRecord(assessmentStatus, z.number().int()),
    lateUnits: z.array(ref),
    ...deadline,
  }),
  z.object({
    kind: z.literal("published"),
    publishedCount: z.number().int(),
    memberCount: z.number().int(),
    at: z.string(),
    ...deadline,
  }),
]);
export type TodoItem = z.infer<typeof todoItem>;

export const todoRole = z.enum(["unit", "head", "council", "observer"]);
export const todoList = z.object({
  year: z.number().int(),
  today: z.string(),
  sections: z.array(z.object({ role: todoRole, items: z.array(todoItem) })),
});
export type TodoList = z.infer<typeof todoList>;

export const todoQuery = z.object({
  year: z.coerce
    .number({ error: "Năm phải là số" })
    .int("Năm phải là số nguyên")
    .min(1990, "Năm phải từ 1990")
    .max(2100, "Năm phải trước 2100"),
});
