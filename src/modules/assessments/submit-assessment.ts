import { transitionBody } from "../../contracts/assessments";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { AppError } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { findCriterion, requiredCodes } from "./criteria";
import { loadAssessmentContext, writable } from "./load-context";
import { moveAssessment } from "./move";
import { assertCan } from "./policy";
import { inputsOf } from "./repo";

/**
 * Sends the unit's self-assessment for review. Every scored criterion needs an input first, except
 * bonus and penalty ones: left empty, they add or take off nothing. Refused with one issue per
 * missing criterion.
 */
export async function submitAssessment(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  input?: unknown;
}) {
  const input = parseInput(transitionBody, args.input ?? {});
  return args.db.transaction(async (tx) => {
    const ctx = await loadAssessmentContext(tx, args.actor, args.clusterId, args.unitId, "update");
    assertCan(ctx.rel, ctx.status, "submit");
    const filled = new Set(
      (await inputsOf(tx, [writable(ctx).id]))
        .filter((i) => i.selfValue !== null)
        .map((i) => i.criterionCode),
    );
    const missing = requiredCodes(ctx.scoring.criteria).filter((code) => !filled.has(code));
    if (missing.length > 0) {
      throw new AppError(
        "validation",
        400,
        `Chưa nộp được: còn ${missing.length} tiêu chí chưa tự chấm (${missing.join(", ")}).`,
        missing.map((code) => ({
          path: code,
          message: `Chưa tự chấm: ${findCriterion(ctx.scoring.criteria, code)?.title ?? code}`,
        })),
      );
    }
    return moveAssessment(tx, args.actor, ctx, "submit", input.note);
  });
}
