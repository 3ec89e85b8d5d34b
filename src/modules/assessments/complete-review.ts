import { transitionBody } from "../../contracts/assessments";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { loadAssessmentContext } from "./load-context";
import { moveAssessment } from "./move";
import { assertCan } from "./policy";

/** The reviewer has checked every criterion against the evidence: submitted → reviewed. */
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
    return moveAssessment(tx, args.actor, ctx, "completeReview", input.note);
  });
}
