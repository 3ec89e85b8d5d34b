import type { Tx } from "../../db/types";
import { AppError } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { type AssessmentContext, actorId, actorName, writable } from "./load-context";
import { insertEvent, moveStatus } from "./repo";
import type { AssessmentStatus } from "./scores-of-cluster";
import { nextStatus, refusedMoveMessage, type WorkflowAction } from "./workflow";

/**
 * Moves an assessment one step along the workflow (the caller has checked who may): the status
 * compare-and-set, a timeline row (from, to, note, who) and an audit row, all in the caller's transaction.
 */
export async function moveAssessment(
  tx: Tx,
  actor: Actor,
  ctx: AssessmentContext,
  action: WorkflowAction,
  note: string | null,
  details: Record<string, unknown> = {},
): Promise<{ status: AssessmentStatus; version: number }> {
  const assessment = writable(ctx);
  const to = nextStatus(assessment.status, action);
  if (!to) throw new AppError("conflict", 409, refusedMoveMessage(assessment.status, action));
  const moved = await moveStatus(tx, assessment.id, assessment.status, to);
  if (!moved) throw new AppError("conflict", 409, refusedMoveMessage(assessment.status, action));
  await insertEvent(tx, {
    councilId: ctx.cluster.councilId,
    assessmentId: assessment.id,
    fromStatus: assessment.status,
    toStatus: to,
    note,
    actorId: actorId(actor),
    actorName: actorName(actor),
  });
  await recordAudit(tx, actor, {
    councilId: ctx.cluster.councilId,
    action: action,
    entity: "assessment",
    entityId: assessment.id,
    before: { status: assessment.status, unitCode: ctx.unit.code },
    after: { status: to, unitCode: ctx.unit.code, note, ...details },
  });
  return { status: moved.status, version: moved.version };
}
