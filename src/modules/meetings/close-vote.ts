import { overrideInput } from "../../contracts/meetings";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { conflict, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { randomOrder, type StoredBallot, tally } from "./ballot-content";
import { appendEvent } from "./live/events";
import { changeMeeting } from "./load";
import { managesMeeting } from "./policy";
import { ballotsOf, deleteBallots, insertBallots, lockVote, turnoutOf, updateVote } from "./repo-votes";

/**
 * Closes a vote and counts it. A secret vote's ballots are then rewritten in random order in this one
 * transaction, so neither their physical order nor their row versions follow the order people voted in.
 */
export async function closeVote(args: { db: Db; actor: Actor; meetingId: string; voteId: string }) {
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    async (tx, s) => {
      const vote = await lockVote(tx, s.meeting.id, args.voteId, "update");
      if (!vote) throw notFound("Cuộc biểu quyết");
      if (vote.status !== "open")
        throw conflict(vote.status === "closed" ? "Cuộc biểu quyết đã đóng." : "Cuộc biểu quyết chưa mở.");
      const rows = await ballotsOf(tx, vote.id);
      const { eligible } = await turnoutOf(tx, vote.id);
      const result = tally(
        vote,
        eligible,
        rows.map((b) => b.content as StoredBallot),
      );
      if (vote.secret) {
        await deleteBallots(tx, vote.id);
        await insertBallots(
          tx,
          randomOrder(rows).map((b) => ({
            councilId: b.councilId,
            voteId: b.voteId,
            receipt: b.receipt,
            delegateId: null,
            content: b.content,
          })),
        );
      }
      await updateVote(tx, vote.id, { status: "closed", closedAt: new Date(), result });
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "close",
        entity: "vote",
        entityId: vote.id,
        after: { result },
      });
      await appendEvent(tx, s.meeting.councilId, s.meeting.id, "vote.closed", { voteId: vote.id, result });
      return result;
    },
  );
}

/** Records that the meeting set a closed vote's outcome otherwise (a tie settled, a count corrected), with the reason. */
export async function overrideVoteResult(args: {
  db: Db;
  actor: Actor;
  meetingId: string;
  voteId: string;
  input: unknown;
}) {
  const input = parseInput(overrideInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    async (tx, s) => {
      const vote = await lockVote(tx, s.meeting.id, args.voteId, "update");
      if (!vote) throw notFound("Cuộc biểu quyết");
      if (vote.status !== "closed") throw conflict("Chỉ điều chỉnh kết quả sau khi đã đóng biểu quyết.");
      const unknown = input.elected.filter((id) => !vote.candidates.some((c) => c.id === id));
      if (unknown.length > 0) throw notFound("Ứng viên");
      const override = { ...input, at: new Date().toISOString() };
      await updateVote(tx, vote.id, { override });
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "override",
        entity: "vote",
        entityId: vote.id,
        before: { result: vote.result, override: vote.override },
        after: { override },
      });
      await appendEvent(tx, s.meeting.councilId, s.meeting.id, "vote.closed", {
        voteId: vote.id,
        result: vote.result,
        override,
      });
    },
  );
}
