import { correctionBody } from "../../contracts/assessments";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { conflict } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { republishCorrected } from "../publication/republish";
import { checkValue } from "./check-value";
import { describeValue } from "./criteria";
import { actorId, actorName, loadAssessmentContext, writable } from "./load-context";
import { assertCan } from "./policy";
import { bumpVersion, findInput, insertCorrection, insertEvent } from "./repo";
import { assertSeen } from "./stale-assessment";
import { writeInputIfVersion } from "./write-input-repo";

/**
 * Corrects one criterion of a published result (council only, with a reason): a new correction record
 * keeps the value that was published, the final value changes, the published record is issued again (next
 * seq, same table, the reason kept), and the timeline and audit log say so. Carries the version the council
 * saw: a second correction made on the same page gets 409 with the first one's value.
 */
export async function correctPublished(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  input: unknown;
}) {
  const input = parseInput(correctionBody, args.input);
  return args.db.transaction(async (tx) => {
    const ctx = await loadAssessmentContext(tx, args.actor, args.clusterId, args.unitId, "update");
    assertCan(ctx.rel, ctx.status, "correct");
    const { value } = checkValue(ctx.scoring, ctx.unit.code, input.criterionCode, input.value);
    const assessment = writable(ctx);
    await assertSeen(tx, assessment, input.version, "đính chính");
    const row = await findInput(tx, assessment.id, input.criterionCode);
    const before = row?.finalValue ?? null;
    const key = {
      councilId: ctx.cluster.councilId,
      assessmentId: assessment.id,
      criterionCode: input.criterionCode,
    };
    const saved = await writeInputIfVersion(
      tx,
      key,
      row?.version ?? 0,
      { finalValue: value },
      actorId(args.actor),
    );
    if (!saved)
      throw conflict(`Tiêu chí ${input.criterionCode} vừa thay đổi. Hãy tải lại rồi đính chính lại.`);
    const version = await bumpVersion(tx, assessment.id);
    const record = await republishCorrected(tx, args.actor, {
      clusterId: ctx.cluster.id,
      unitCode: ctx.unit.code,
      criterionCode: input.criterionCode,
      value,
      reason: input.reason,
    });
    const correction = await insertCorrection(tx, {
      councilId: ctx.cluster.councilId,
      assessmentId: assessment.id,
      criterionCode: input.criterionCode,
      before,
      after: value,
      reason: input.reason,
      actorId: actorId(args.actor),
    });
    await insertEvent(tx, {
      councilId: ctx.cluster.councilId,
      assessmentId: assessment.id,
      fromStatus: "published",
      toStatus: "published",
      note: `Đính chính ${input.criterionCode}: ${describeValue(before)} → ${describeValue(value)}. Lý do: ${input.reason}`,
      actorId: actorId(args.actor),
      actorName: actorName(args.actor),
    });
    await recordAudit(tx, args.actor, {
      councilId: ctx.cluster.councilId,
      action: "correct",
      entity: "assessment_input",
      entityId: `${assessment.id}:${input.criterionCode}`,
      before: { stage: "correction", unitCode: ctx.unit.code, finalValue: before },
      after: {
        stage: "correction",
        unitCode: ctx.unit.code,
        finalValue: value,
        reason: input.reason,
        correctionId: correction.id,
        publication: { seq: record.seq, totalBefore: record.before, totalAfter: record.after },
      },
    });
    return {
      id: correction.id,
      criterionCode: input.criterionCode,
      before,
      after: value,
      version,
      inputVersion: saved.version,
    };
  });
}
