import type { Db } from "../../db/types";
import { conflict, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { appendEvent } from "./live/events";
import { changeMeeting } from "./load";
import { managesMeeting } from "./policy";
import { insertVoters, lockVote, updateVote } from "./repo-votes";

/** Opens a vote: its voters are the delegates present with a vote at this moment; none present, no vote. */
export async function openVote(args: { db: Db; actor: Actor; meetingId: string; voteId: string }) {
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    async (tx, s) => {
      const vote = await lockVote(tx, s.meeting.id, args.voteId, "update");
      if (!vote) throw notFound("Cuộc biểu quyết");
      if (vote.status !== "draft") throw conflict("Cuộc biểu quyết này đã mở hoặc đã đóng.");
      const voters = s.delegates.filter((d) => d.attendance === "present" && d.votingRight);
      if (voters.length === 0) {
        throw conflict("Chưa có đại biểu có quyền biểu quyết nào có mặt: chưa mở được biểu quyết.");
      }
      await insertVoters(
        tx,
        voters.map((d) => ({ councilId: s.meeting.councilId, voteId: vote.id, delegateId: d.id })),
      );
      await updateVote(tx, vote.id, { status: "open", openedAt: new Date() });
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "open",
        entity: "vote",
        entityId: vote.id,
        after: { eligible: voters.length },
      });
      await appendEvent(tx, s.meeting.councilId, s.meeting.id, "vote.opened", {
        voteId: vote.id,
        eligible: voters.length,
      });
    },
  );
}
