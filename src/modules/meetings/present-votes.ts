import type { DbOrTx } from "../../db/types";
import { ballotsOf, type VoteRow, votersOf, votesOf } from "./repo-votes";

/**
 * Votes as anyone at the meeting sees them: turnout while open; the result and the published list of counted
 * ballots (by receipt; a named vote also by delegate) only once closed. `delegateId`: whether this actor may vote.
 */
export async function presentVotes(db: DbOrTx, meetingId: string, delegateId: string | null) {
  const rows = await votesOf(db, meetingId);
  const out = [];
  for (const v of rows) out.push(await presentVote(db, v, delegateId));
  return out;
}

async function presentVote(db: DbOrTx, v: VoteRow, delegateId: string | null) {
  const voters = v.status === "draft" ? [] : await votersOf(db, v.id);
  const mine = delegateId ? voters.find((x) => x.delegateId === delegateId) : undefined;
  const closed = v.status === "closed";
  return {
    id: v.id,
    itemId: v.itemId,
    kind: v.kind,
    secret: v.secret,
    question: v.question,
    candidates: v.candidates,
    seats: v.seats,
    threshold: v.threshold,
    quorum: v.quorum,
    status: v.status,
    turnout: { eligible: voters.length, cast: voters.filter((x) => x.channel !== null).length },
    me: { eligible: mine !== undefined, voted: mine?.channel != null },
    result: closed ? v.result : null,
    override: closed ? v.override : null,
    ballots: closed
      ? (await ballotsOf(db, v.id)).map((b) => ({
          receipt: b.receipt,
          content: b.content,
          delegateId: v.secret ? null : b.delegateId,
        }))
      : null,
  };
}

export type VoteView = Awaited<ReturnType<typeof presentVote>>;
