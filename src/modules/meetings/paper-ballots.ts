import { paperBallotsInput } from "../../contracts/meetings";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { AppError } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { newReceipt, paperBallot } from "./ballot-content";
import { markOrRefuse, putInBox, refuseUnlessOpen } from "./cast-ballot";
import { appendEvent } from "./live/events";
import { changeMeeting } from "./load";
import { keepsRecord } from "./policy";
import { turnoutOf } from "./repo-votes";

/**
 * The secretary enters a batch of paper ballots: who handed one in (they signed the list) and the ballots out
 * of the box. For a secret vote the batch carries no voter and goes into the box rewritten in random order; a named vote pairs them in order.
 */
export async function enterPaperBallots(args: {
  db: Db;
  actor: Actor;
  meetingId: string;
  voteId: string;
  input: unknown;
}) {
  const input = parseInput(paperBallotsInput, args.input);
  if (new Set(input.delegateIds).size !== input.delegateIds.length) {
    throw new AppError("validation", 400, "Một đại biểu được ghi hai lần.", [
      { path: "delegateIds", message: "Trùng đại biểu" },
    ]);
  }
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => keepsRecord(args.actor, s),
    async (tx, s) => {
      const vote = await refuseUnlessOpen(tx, s.meeting.id, args.voteId);
      const ids = [...input.delegateIds].sort();
      for (const delegateId of ids) await markOrRefuse(tx, vote.id, delegateId, "paper");
      const rows = input.ballots.map((entry, i) => ({
        councilId: s.meeting.councilId,
        voteId: vote.id,
        receipt: newReceipt(),
        delegateId: vote.secret ? null : (input.delegateIds[i] ?? null),
        content: paperBallot(vote, entry),
      }));
      await putInBox(tx, vote, rows);
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "paper_ballots",
        entity: "vote",
        entityId: vote.id,
        after: { delegateIds: ids, count: rows.length },
      });
      const turnout = await turnoutOf(tx, vote.id);
      await appendEvent(tx, s.meeting.councilId, s.meeting.id, "vote.progress", {
        voteId: vote.id,
        ...turnout,
      });
      return { count: rows.length };
    },
    { lock: false },
  );
}
