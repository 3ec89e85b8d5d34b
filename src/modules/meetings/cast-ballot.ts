import { castBallotInput } from "../../contracts/meetings";
import { parseInput } from "../../contracts/parse";
import type { Db, Tx } from "../../db/types";
import { AppError, conflict, forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { newReceipt, onlineBallot, randomOrder } from "./ballot-content";
import { appendEvent } from "./live/events";
import { changeMeeting } from "./load";
import { ownDelegate } from "./policy";
import {
  ballotsOf,
  deleteBallots,
  hasVoted,
  insertBallots,
  lockVote,
  markVoted,
  type NewBallot,
  turnoutOf,
  type VoteRow,
} from "./repo-votes";

/** Why a delegate's ballot is refused: the vote is not open, they have voted, or they are not among its voters. */
export async function refuseUnlessOpen(tx: Tx, meetingId: string, voteId: string): Promise<VoteRow> {
  // An update lock: ballots of one vote go in one after another (each rewrites the box), and closing waits.
  const vote = await lockVote(tx, meetingId, voteId, "update");
  if (!vote) throw notFound("Cuộc biểu quyết");
  if (vote.status === "draft") throw conflict("Cuộc biểu quyết chưa mở.");
  if (vote.status === "closed") throw conflict("Cuộc biểu quyết đã đóng, không nhận thêm phiếu.");
  return vote;
}

export async function markOrRefuse(tx: Tx, voteId: string, delegateId: string, channel: "online" | "paper") {
  if (await markVoted(tx, voteId, delegateId, channel)) return;
  if (await hasVoted(tx, voteId, delegateId))
    throw conflict("Đại biểu đã bỏ phiếu trong cuộc biểu quyết này.");
  throw new AppError(
    "forbidden",
    403,
    "Đại biểu không có quyền biểu quyết trong cuộc này (vắng mặt khi mở hoặc không có quyền).",
  );
}

/**
 * Puts ballots in the box. For a secret vote the whole box is rewritten in random order by this transaction,
 * so every ballot carries the same row version (xmin) and a physical place (ctid) unrelated to who voted when:
 * neither can be joined to the voters' marks, which each keep their own transaction.
 */
export async function putInBox(tx: Tx, vote: VoteRow, rows: NewBallot[]) {
  if (!vote.secret) return insertBallots(tx, rows);
  const box = (await ballotsOf(tx, vote.id)).map(({ id: _id, ...b }) => b);
  await deleteBallots(tx, vote.id);
  await insertBallots(tx, randomOrder([...box, ...rows]));
}

/**
 * A delegate's own ballot. Who voted goes to vote_voters; the ballot, for a secret vote, goes to ballots with
 * no voter, no time, a random id and a random receipt the voter alone is given back.
 */
export async function castBallot(args: {
  db: Db;
  actor: Actor;
  meetingId: string;
  voteId: string;
  input: unknown;
}) {
  const input = parseInput(castBallotInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => ownDelegate(args.actor, s) !== undefined,
    async (tx, s) => {
      const delegate = ownDelegate(args.actor, s);
      if (!delegate) throw forbidden();
      const vote = await refuseUnlessOpen(tx, s.meeting.id, args.voteId);
      const content = onlineBallot(vote, input.ballot);
      await markOrRefuse(tx, vote.id, delegate.id, "online");
      const receipt = newReceipt();
      await putInBox(tx, vote, [
        {
          councilId: s.meeting.councilId,
          voteId: vote.id,
          receipt,
          delegateId: vote.secret ? null : delegate.id,
          content,
        },
      ]);
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "voted",
        entity: "vote",
        entityId: vote.id,
        // That they voted, never what (a named vote's choices are public in its published list instead).
        after: { delegateId: delegate.id, channel: "online" },
      });
      const turnout = await turnoutOf(tx, vote.id);
      await appendEvent(tx, s.meeting.councilId, s.meeting.id, "vote.progress", {
        voteId: vote.id,
        ...turnout,
      });
      return { receipt };
    },
    { lock: false },
  );
}
