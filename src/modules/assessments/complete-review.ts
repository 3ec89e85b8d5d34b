import { transitionBody } from "../../contracts/assessments";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { flattenCriteria, isScored } from "./criteria";
import { loadAssessmentContext, writable } from "./load-context";
import { moveAssessment } from "./move";
import { assertCan } from "./policy";
import { inputsOf } from "./repo";

/**
 * The reviewer has finished: submitted → reviewed. Criteria the reviewer left alone keep the self score;
 * the timeline and the audit row say which, so the move never claims that everything was reviewed.
 */
export async function completeReview(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  input?: unknown;
}) {
  const input = parseInput(transitionBody, args.input ?? {});
  return args.db.transaction(async (tx) => {
    const ctx = await loadAssessmentContext(tx, args.actor, args.clusterId, args.unitId, "update");
    assertCan(ctx.rel, ctx.status, "completeReview");
    const inputs = new Map((await inputsOf(tx, [writable(ctx).id])).map((i) => [i.criterionCode, i]));
    const keptSelf = flattenCriteria(ctx.scoring.criteria)
      .map((f) => f.criterion)
      .filter(isScored)
      .map((c) => c.code)
      .filter((code) => inputs.get(code)?.selfValue != null && inputs.get(code)?.reviewedValue == null);
    const kept =
      keptSelf.length > 0
        ? `Giữ điểm tự chấm cho ${keptSelf.length} tiêu chí chưa thẩm định: ${keptSelf.join(", ")}`
        : null;
    const note = [input.note, kept].filter((s): s is string => s !== null).join("\n") || null;
    return moveAssessment(tx, args.actor, ctx, "completeReview", note, { keptSelf });
  });
}
