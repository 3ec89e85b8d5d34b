import type { Tx } from "../../db/types";
import { AppError } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { type AssessmentContext, actorId, actorName, writable } from "./load-context";
import { type AssessmentRow, insertEvent, moveStatus } from "./repo";
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
  const on = { councilId: ctx.cluster.councilId, unitCode: ctx.unit.code, assessment: writable(ctx) };
  return moveRow(tx, actor, on, action, note, details);
}

/** The same move for a locked assessment row, when a use case moves many at once (publication, reopen). */
export async function moveRow(
  tx: Tx,
  actor: Actor,
  on: { councilId: string; unitCode: string; assessment: AssessmentRow },
  action: WorkflowAction,
  note: string | null,
  details: Record<string, unknown> = {},
): Promise<{ status: AssessmentStatus; version: number }> {
  const { assessment } = on;
  const to = nextStatus(assessment.status, action);
  if (!to) throw new AppError("conflict", 409, refusedMoveMessage(assessment.status, action));
  const moved = await moveStatus(tx, assessment.id, assessment.status, to);
  if (!moved) throw new AppError("conflict", 409, refusedMoveMessage(assessment.status, action));
  await insertEvent(tx, {
    councilId: on.councilId,
    assessmentId: assessment.id,
    fromStatus: assessment.status,
    toStatus: to,
    note,
    actorId: actorId(actor),
    actorName: actorName(actor),
  });
  await recordAudit(tx, actor, {
    councilId: on.councilId,
    action: action,
    entity: "assessment",
    entityId: assessment.id,
    before: { status: assessment.status, unitCode: on.unitCode },
    after: { status: to, unitCode: on.unitCode, note, ...details },
  });
  return { status: moved.status, version: moved.version };
}
