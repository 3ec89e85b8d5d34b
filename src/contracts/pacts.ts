import { z } from "zod";
import { CriterionSchema, RulesSchema } from "./cluster-year";

export const createPactInput = z.object({
  source: z.enum(["template", "previous", "file"]).default("template"),
  templateId: z.enum(["propaganda"]).default("propaganda"),
  /** With source "file": the criteria and rules as in a thidua.cluster-year/v1 file. */
  criteria: z.array(CriterionSchema).optional(),
  rules: RulesSchema.optional(),
});
export type CreatePactInput = z.input<typeof createPactInput>;
