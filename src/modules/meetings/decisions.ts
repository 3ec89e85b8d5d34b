import { conclusionsInput, decisionInput } from "../../contracts/meetings";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { conflict, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { handHeadRole } from "../clusters/hand-head-role";
import { changeMeeting } from "./load";
import { managesMeeting } from "./policy";
import { findRecord, insertDecision, updateRecord } from "./repo";
import { votesOf } from "./repo-votes";

/**
 * Records a decision of the meeting, from a closed vote or directly. Handing the head role on updates next
 * year's cluster in the same transaction.
 */
export async function recordDecision(args: { db: Db; actor: Actor; meetingId: string; input: unknown }) {
  const input = parseInput(decisionInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    async (tx, s) => {
      if (input.voteId) {
        const vote = (await votesOf(tx, s.meeting.id)).find((v) => v.id === input.voteId);
        if (!vote) throw notFound("Cuộc biểu quyết");
        if (vote.status !== "closed")
          throw conflict("Quyết định theo biểu quyết chỉ ghi sau khi đã đóng biểu quyết.");
      }
      if (input.unitId && !s.members.some((m) => m.unitId === input.unitId)) {
        throw conflict("Đơn vị không thuộc cụm của hội nghị.");
      }
      const decision = await insertDecision(tx, {
        councilId: s.meeting.councilId,
        meetingId: s.meeting.id,
        ...input,
      });
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "decide",
        entity: "meeting",
        entityId: s.meeting.id,
        after: { decisionId: decision.id, ...input },
      });
      if (input.kind === "handHeadRole" && input.unitId) {
        await handHeadRole(tx, args.actor, { clusterId: s.cluster.id, unitId: input.unitId });
      }
      return decision;
    },
  );
}

/** Sets the conclusions: the agreed text and the key tasks as data (linking them to tasks comes later). */
export async function setConclusions(args: { db: Db; actor: Actor; meetingId: string; input: unknown }) {
  const input = parseInput(conclusionsInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    async (tx, s) => {
      const record = await findRecord(tx, s.meeting.id, true);
      if (record.minutesStatus === "approved")
        throw conflict("Biên bản đã duyệt: kết luận chỉ sửa bằng sửa đổi biên bản.");
      await updateRecord(tx, s.meeting.id, { conclusions: input });
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "conclusions",
        entity: "meeting",
        entityId: s.meeting.id,
        before: record.conclusions,
        after: input,
      });
    },
  );
}
