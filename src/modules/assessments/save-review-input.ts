import { saveReviewInputBody } from "../../contracts/assessments";
import { parseInput, validationError } from "../../contracts/parse";
import { canonicalJson } from "../../core/text/canonical-json";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { checkValue } from "./check-value";
import { describeValue } from "./criteria";
import { actorId, loadAssessmentContext } from "./load-context";
import { assertCan } from "./policy";
import { saveInput } from "./save-input";

/**
 * A reviewer's value for one criterion (the cluster head, the council, or a unit assigned to
 * cross-score this one). It sits beside the self value, never replacing it; a value that differs
 * from the self value needs a comment saying why.
 */
export async function saveReviewInput(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  input: unknown;
}) {
  const input = parseInput(saveReviewInputBody, args.input);
  return args.db.transaction(async (tx) => {
    const ctx = await loadAssessmentContext(
      tx,
      args.actor,
      args.clusterId,
      args.unitId,
      "update",
      input.criterionCode,
    );
    assertCan(ctx.rel, ctx.status, "review");
    const { value } = checkValue(ctx.scoring, ctx.unit.code, input.criterionCode, input.value);
    // Read with the context, after the assessment's lock (saveInput uses the same row).
    const current = ctx.input?.row;
    const self = current?.selfValue ?? null;
    if (!input.comment && canonicalJson(value) !== canonicalJson(self)) {
      throw validationError([
        {
          path: "comment",
          message: `Bắt buộc: nhận xét khi điểm thẩm định (${describeValue(value)}) khác điểm tự chấm (${describeValue(self)})`,
        },
      ]);
    }
    const saved = await saveInput(tx, args.actor, ctx, {
      criterionCode: input.criterionCode,
      version: input.version,
      stage: "review",
      values: { reviewedValue: value, reviewComment: input.comment, reviewerId: actorId(args.actor) },
    });
    return {
      criterionCode: saved.criterionCode,
      version: saved.version,
      value: saved.reviewedValue as object,
    };
  });
}
