import type { z } from "zod";
import type { ScoreInput } from "../../contracts/cluster-year";
import { parseInput } from "../../contracts/parse";
import type { Db, Tx } from "../../db/types";
import type { Actor } from "../auth/actor";
import { checkValue } from "./check-value";
import { type AssessmentContext, loadAssessmentContext } from "./load-context";
import { assertCan, type Capability } from "./policy";

export type SaveArgs = { db: Db; actor: Actor; clusterId: string; unitId: string; input: unknown };

/**
 * What saving one criterion's value starts with, at any stage: the body parsed, then in one transaction the
 * context with the assessment locked and that criterion's input read after it, the actor's right to `cap`,
 * and the value checked against the pact. `write` runs in the same transaction.
 */
export async function loadForSave<S extends z.ZodType<{ criterionCode: string; value: unknown }>, T>(
  args: SaveArgs,
  body: S,
  cap: Capability,
  write: (tx: Tx, ctx: AssessmentContext, input: z.output<S>, value: ScoreInput) => Promise<T>,
): Promise<T> {
  const input = parseInput(body, args.input);
  return args.db.transaction(async (tx) => {
    const ctx = await loadAssessmentContext(
      tx,
      args.actor,
      args.clusterId,
      args.unitId,
      "update",
      input.criterionCode,
    );
    assertCan(ctx.rel, ctx.status, cap);
    const { value } = checkValue(ctx.scoring, ctx.unit.code, input.criterionCode, input.value);
    return write(tx, ctx, input, value);
  });
}
