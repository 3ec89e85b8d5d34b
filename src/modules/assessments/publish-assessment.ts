import { transitionBody } from "../../contracts/assessments";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { loadAssessmentContext } from "./load-context";
import { moveAssessment } from "./move";
import { assertCan } from "./policy";

/** The council publishes a final result (final → published); from then on it is locked. */
export async function publishAssessment(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  input?: unknown;
}) {
  const input = parseInput(transitionBody, args.input ?? {});
  return args.db.transaction(async (tx) => {
    const ctx = await loadAssessmentContext(tx, args.actor, args.clusterId, args.unitId, "update");
    assertCan(ctx.rel, ctx.status, "publish");
    return moveAssessment(tx, args.actor, ctx, "publish", input.note);
  });
}
