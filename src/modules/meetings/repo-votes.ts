import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { ballots, votes, voteVoters } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type VoteRow = typeof votes.$inferSelect;

export async function insertVote(tx: DbOrTx, values: typeof votes.$inferInsert) {
  const [row] = await tx.insert(votes).values(values).returning();
  if (!row) throw new Error("insert vote returned nothing");
  return row;
}

export async function votesOf(tx: DbOrTx, meetingId: string) {
  return tx.select().from(votes).where(eq(votes.meetingId, meetingId)).orderBy(asc(votes.createdAt));
}

/** The vote row, locked: casting, opening and closing take an exclusive lock (a secret box is rewritten per ballot). */
export async function lockVote(tx: DbOrTx, meetingId: string, voteId: string, mode: "share" | "update") {
  const [row] = await tx
    .select()
    .from(votes)
    .where(and(eq(votes.id, voteId), eq(votes.meetingId, meetingId)))
    .for(mode === "share" ? "share" : "update");
  return row;
}

export async function updateVote(tx: DbOrTx, id: string, values: Partial<typeof votes.$inferInsert>) {
  await tx.update(votes).set(values).where(eq(votes.id, id));
}

export async function insertVoters(tx: DbOrTx, rows: (typeof voteVoters.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(voteVoters).values(rows);
}

/** Marks that a delegate voted; false when they are not a voter of this vote or have voted already. */
export async function markVoted(tx: DbOrTx, voteId: string, delegateId: string, channel: "online" | "paper") {
  const rows = await tx
    .update(voteVoters)
    .set({ channel })
    .where(
      and(eq(voteVoters.voteId, voteId), eq(voteVoters.delegateId, delegateId), isNull(voteVoters.channel)),
    )
    .returning({ delegateId: voteVoters.delegateId });
  return rows.length === 1;
}

export async function votersOf(tx: DbOrTx, voteId: string) {
  return tx.select().from(voteVoters).where(eq(voteVoters.voteId, voteId));
}

export async function turnoutOf(tx: DbOrTx, voteId: string) {
  const [row] = await tx
    .select({
      eligible: sql<number>`count(*)::int`,
      cast: sql<number>`count(${voteVoters.channel})::int`,
    })
    .from(voteVoters)
    .where(eq(voteVoters.voteId, voteId));
  return { eligible: row?.eligible ?? 0, cast: row?.cast ?? 0 };
}

export async function hasVoted(tx: DbOrTx, voteId: string, delegateId: string) {
  const [row] = await tx
    .select({ d: voteVoters.delegateId })
    .from(voteVoters)
    .where(
      and(
        eq(voteVoters.voteId, voteId),
        eq(voteVoters.delegateId, delegateId),
        isNotNull(voteVoters.channel),
      ),
    );
  return row !== undefined;
}

export type NewBallot = Omit<typeof ballots.$inferInsert, "id">;

export async function insertBallots(tx: DbOrTx, rows: NewBallot[]) {
  if (rows.length > 0) await tx.insert(ballots).values(rows);
}

export async function ballotsOf(tx: DbOrTx, voteId: string) {
  return tx.select().from(ballots).where(eq(ballots.voteId, voteId)).orderBy(asc(ballots.receipt));
}

export async function deleteBallots(tx: DbOrTx, voteId: string) {
  await tx.delete(ballots).where(eq(ballots.voteId, voteId));
}
