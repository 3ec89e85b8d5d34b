import type { Tx } from "../../db/types";
import { AppError } from "../../server/errors";
import type { AssessmentRow } from "./repo";
import { correctionsOf, inputsOf } from "./repo";
import { staleMessage } from "./save-input";

/**
 * 409 for an approval (finalize, correction) sent on a version of the assessment that is no longer current:
 * what changed since, with the other person's value, so nobody approves what they did not see.
 */
export async function assertSeen(
  tx: Tx,
  assessment: AssessmentRow,
  sent: number,
  action: string,
): Promise<void> {
  if (assessment.version === sent) return;
  const correction = (await correctionsOf(tx, assessment.id)).at(-1);
  const latest = (await inputsOf(tx, [assessment.id])).sort(
    (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime(),
  )[0];
  const stage = correction ? "correction" : latest?.reviewedValue != null ? "review" : "self";
  const code = correction?.criterionCode ?? latest?.criterionCode;
  const detail = code ? await staleMessage(tx, stage, code, assessment.id) : "";
  const message =
    `Bản chấm điểm đã thay đổi sau khi bạn mở trang (bạn xem phiên bản ${sent}, hiện là ${assessment.version}), nên chưa ${action}. ${detail}`.trim();
  throw new AppError("conflict", 409, message, [{ path: "version", message }]);
}
