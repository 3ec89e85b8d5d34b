import type { Tx } from "../../db/types";
import { declareClusterWrite } from "../../db/write-generation";
import { AppError } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { describeValue } from "./criteria";
import { type AssessmentContext, actorId, writable } from "./load-context";
import { findInput, type InputRow, type InputValues, userNames } from "./repo";
import { writeInputIfVersion } from "./write-input-repo";

export type InputStage = "self" | "review" | "explanation" | "final" | "correction";

const when = new Intl.DateTimeFormat("vi-VN", {
  timeZone: "Asia/Ho_Chi_Minh",
  hour: "2-digit",
  minute: "2-digit",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

/**
 * Writes one criterion's input at one stage if nobody changed it since `version`; otherwise 409 naming
 * the value now stored and who saved it, so the second person sees the first one's work instead of
 * overwriting it. Audited with the stage, the old and the new values.
 */
export async function saveInput(
  tx: Tx,
  actor: Actor,
  ctx: AssessmentContext,
  args: { criterionCode: string; version: number; stage: InputStage; values: InputValues },
): Promise<InputRow> {
  const assessment = writable(ctx);
  // Only this cluster's rankings and pages change: other clusters' readers keep what they cached.
  declareClusterWrite(ctx.cluster.id);
  // Read with the context when it was loaded for this criterion (after the assessment's lock, as here).
  const before =
    ctx.input?.criterionCode === args.criterionCode
      ? ctx.input.row
      : await findInput(tx, assessment.id, args.criterionCode);
  const key = {
    councilId: ctx.cluster.councilId,
    assessmentId: assessment.id,
    criterionCode: args.criterionCode,
  };
  // The assessment's version moves in the same statement; a stale input rolls it back with the 409.
  const saved =
    (before?.version ?? 0) === args.version
      ? await writeInputIfVersion(tx, key, args.version, args.values, actorId(actor), { bump: true })
      : undefined;
  if (!saved) throw await staleInput(tx, args.stage, args.criterionCode, assessment.id);
  await recordAudit(tx, actor, {
    councilId: ctx.cluster.councilId,
    action: "update",
    entity: "assessment_input",
    entityId: `${assessment.id}:${args.criterionCode}`,
    before: { stage: args.stage, unitCode: ctx.unit.code, ...pickChanged(before, args.values) },
    after: { stage: args.stage, unitCode: ctx.unit.code, ...args.values },
  });
  return saved;
}

function pickChanged(before: InputRow | undefined, values: InputValues): InputValues {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(values) as (keyof InputValues)[]) out[key] = before?.[key] ?? null;
  return out as InputValues;
}

async function staleInput(tx: Tx, stage: InputStage, code: string, assessmentId: string): Promise<AppError> {
  const message = await staleMessage(tx, stage, code, assessmentId);
  return new AppError("conflict", 409, message, [{ path: "version", message }]);
}

/** Who saved the input after the actor read it, when, and the value now stored (for a 409). */
export async function staleMessage(
  tx: Tx,
  stage: InputStage,
  code: string,
  assessmentId: string,
  since = "sau khi bạn mở trang",
): Promise<string> {
  const current = await findInput(tx, assessmentId, code);
  if (!current) return `Tiêu chí ${code} đã thay đổi ${since}. Hãy tải lại rồi thử lại.`;
  const names = await userNames(tx, [current.updatedBy, current.reviewerId]);
  const who = current.updatedBy ? (names.get(current.updatedBy) ?? "người khác") : "hệ thống";
  const at = when.format(current.updatedAt);
  const shown =
    stage === "review"
      ? `điểm thẩm định hiện là ${describeValue(current.reviewedValue)}${
          current.reviewerId ? ` (người thẩm định: ${names.get(current.reviewerId) ?? "người khác"})` : ""
        }${current.reviewComment ? `, nhận xét: "${current.reviewComment}"` : ""}`
      : stage === "explanation"
        ? `nội dung giải trình hiện là "${current.explanation ?? ""}"`
        : stage === "self"
          ? `điểm tự chấm hiện là ${describeValue(current.selfValue)}`
          : `điểm chốt hiện là ${describeValue(current.finalValue)}`;
  return `${who} đã lưu tiêu chí ${code} lúc ${at}, ${since}: ${shown}. Hãy xem lại giá trị này rồi lưu lại nếu vẫn muốn thay đổi (phiên bản mới: ${current.version}).`;
}
