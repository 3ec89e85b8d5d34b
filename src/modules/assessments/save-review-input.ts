import { saveReviewInputBody } from "../../contracts/assessments";
import { validationError } from "../../contracts/parse";
import { canonicalJson } from "../../core/text/canonical-json";
import { describeValue } from "./criteria";
import { actorId } from "./load-context";
import { loadForSave, type SaveArgs } from "./load-for-save";
import { saveInput } from "./save-input";

/**
 * A reviewer's value for one criterion (the cluster head, the council, or a unit assigned to
 * cross-score this one). It sits beside the self value, never replacing it; a value that differs
 * from the self value needs a comment saying why.
 */
export function saveReviewInput(args: SaveArgs) {
  return loadForSave(args, saveReviewInputBody, "review", async (tx, ctx, input, value) => {
    // Read with the context, after the assessment's lock (saveInput uses the same row).
    const self = ctx.input?.row?.selfValue ?? null;
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
