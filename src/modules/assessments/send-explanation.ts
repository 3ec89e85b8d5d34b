import { sendExplanationBody } from "../../contracts/explanations";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { AppError } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { actorId, actorName, loadAssessmentContext, writable } from "./load-context";
import { assertCan } from "./policy";
import { eventsOf, insertEvent } from "./repo";

export const SENT_NOTE = "Đơn vị đã gửi giải trình";

/**
 * "Gửi giải trình": the unit tells the reviewer its answer is ready. The status stays "explanation"
 * (the reviewer finalizes); the timeline gets an explanation → explanation row, which is how the
 * head's to-do list sees it arrive. Sending twice for one request is refused.
 */
export async function sendExplanation(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  input?: unknown;
}) {
  const input = parseInput(sendExplanationBody, args.input ?? {});
  return args.db.transaction(async (tx) => {
    const ctx = await loadAssessmentContext(tx, args.actor, args.clusterId, args.unitId, "update");
    assertCan(ctx.rel, ctx.status, "explain");
    const assessment = writable(ctx);
    const events = await eventsOf(tx, assessment.id);
    const request = events
      .filter((e) => e.toStatus === "explanation" && e.fromStatus !== "explanation")
      .at(-1);
    const sent = events.find(
      (e) => e.fromStatus === "explanation" && e.toStatus === "explanation" && request && e.at >= request.at,
    );
    if (sent) {
      throw new AppError(
        "conflict",
        409,
        `Đơn vị đã gửi giải trình lúc ${sent.at.toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" })} (${sent.actorName}); người thẩm định đã nhận được.`,
      );
    }
    const note = input.note ?? SENT_NOTE;
    await insertEvent(tx, {
      councilId: ctx.cluster.councilId,
      assessmentId: assessment.id,
      fromStatus: "explanation",
      toStatus: "explanation",
      note,
      actorId: actorId(args.actor),
      actorName: actorName(args.actor),
    });
    await recordAudit(tx, args.actor, {
      councilId: ctx.cluster.councilId,
      action: "sendExplanation",
      entity: "assessment",
      entityId: assessment.id,
      after: { status: "explanation", unitCode: ctx.unit.code, note },
    });
    return { status: ctx.status, sent: true };
  });
}
