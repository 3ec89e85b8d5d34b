import { createVoteInput } from "../../contracts/meetings";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { changeMeeting } from "./load";
import { managesMeeting } from "./policy";
import { itemsOf } from "./repo";
import { insertVote } from "./repo-votes";

/** Prepares a motion or an election (named or secret, its threshold and quorum); it opens later. */
export async function createVote(args: { db: Db; actor: Actor; meetingId: string; input: unknown }) {
  const input = parseInput(createVoteInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    async (tx, s) => {
      if (input.itemId && !(await itemsOf(tx, s.meeting.id)).some((i) => i.id === input.itemId)) {
        throw notFound("Mục chương trình");
      }
      const vote = await insertVote(tx, {
        councilId: s.meeting.councilId,
        meetingId: s.meeting.id,
        itemId: input.itemId,
        kind: input.kind,
        secret: input.secret,
        question: input.question,
        candidates: input.candidates.map((c, i) => ({ id: `c${i + 1}`, ...c })),
        seats: input.kind === "election" ? input.seats : 1,
        threshold: input.threshold,
        quorum: input.quorum,
      });
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "create",
        entity: "vote",
        entityId: vote.id,
        after: input,
      });
      return vote;
    },
  );
}
