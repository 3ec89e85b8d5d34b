import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { castBallot } from "./cast-ballot";
import { closeVote } from "./close-vote";
import { createVote } from "./create-vote";
import { closeLiveBus } from "./live/bus";
import { eventsAfter } from "./live/events";
import { openVote } from "./open-vote";
import { markPresent, setUpMeeting } from "./test-fixtures";

let database: Database;
const rows = async <T>(q: ReturnType<typeof sql>) =>
  (await database.db.execute(q)) as unknown as { rows: T[] };
let s: Awaited<ReturnType<typeof setUpMeeting>>;
let voteId: string;
const receipts = new Map<number, string>();
const choices = ["c1", "c2", "c1", "c3", "c1", "c2"];
/** While the vote is open, after each ballot: the ballots in physical order with their row versions. */
const whileOpen: { receipt: string; xmin: string }[][] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpMeeting(database.db);
  await markPresent(database.db, s, [0, 1, 2, 3, 4, 5]);
  const vote = await createVote({
    db: database.db,
    actor: s.admin.actor,
    meetingId: s.meeting.id,
    input: {
      kind: "election",
      secret: true,
      question: "Đề nghị đơn vị dẫn đầu",
      candidates: [{ label: "Hạ Long" }, { label: "Uông Bí" }, { label: "Quảng Yên" }],
      threshold: { kind: "majorityOfValid" },
    },
  });
  voteId = vote.id;
  await openVote({ db: database.db, actor: s.admin.actor, meetingId: s.meeting.id, voteId });
  for (const [i, c] of choices.entries()) {
    const { receipt } = await castBallot({
      db: database.db,
      actor: s.voters[i]!,
      meetingId: s.meeting.id,
      voteId,
      input: { ballot: { candidateIds: [c] } },
    });
    receipts.set(i, receipt);
    whileOpen.push(
      (
        await rows<{ receipt: string; xmin: string }>(
          sql`select receipt, xmin::text as xmin from ballots where vote_id = ${voteId} order by ctid`,
        )
      ).rows,
    );
  }
  await closeVote({ db: database.db, actor: s.admin.actor, meetingId: s.meeting.id, voteId });
});
afterAll(async () => {
  await closeLiveBus(database.db);
  await database?.close();
});

describe("a secret ballot cannot be linked to its voter", () => {
  it("ballots hold no voter and no time, only a random id, the receipt and the choice", async () => {
    const cols = await rows<{ column_name: string }>(
      sql`select column_name from information_schema.columns where table_name = 'ballots' order by column_name`,
    );
    expect(cols.rows.map((c) => c.column_name)).toEqual([
      "content",
      "council_id",
      "delegate_id",
      "id",
      "receipt",
      "vote_id",
    ]);
    const ballots = await rows<{ delegate_id: string | null }>(
      sql`select delegate_id from ballots where vote_id = ${voteId}`,
    );
    expect(ballots.rows).toHaveLength(6);
    expect(ballots.rows.every((b) => b.delegate_id === null)).toBe(true);
  });

  it("who voted holds no choice and no time", async () => {
    const cols = await rows<{ column_name: string }>(
      sql`select column_name from information_schema.columns where table_name = 'vote_voters' order by column_name`,
    );
    expect(cols.rows.map((c) => c.column_name)).toEqual(["channel", "council_id", "delegate_id", "vote_id"]);
  });

  it("after closing, the ballots were all rewritten by one transaction, so row versions do not follow voting order", async () => {
    const versions = await rows<{ n: number }>(
      sql`select count(distinct xmin::text)::int as n from ballots where vote_id = ${voteId}`,
    );
    expect(versions.rows[0]?.n).toBe(1);
    const shared = await rows<{ n: number }>(
      sql`select count(*)::int as n from ballots b join vote_voters v on v.vote_id = b.vote_id and v.xmin::text = b.xmin::text where b.vote_id = ${voteId}`,
    );
    expect(shared.rows[0]?.n).toBe(0);
  });

  it("while the vote is open, neither the ballots' row versions nor their physical order follow the voters' marks", async () => {
    expect(whileOpen.map((box) => box.length)).toEqual([1, 2, 3, 4, 5, 6]);
    // Each ballot rewrites the whole box: one row version for all, so no ballot keeps its voter's.
    for (const box of whileOpen) expect(new Set(box.map((b) => b.xmin)).size).toBe(1);
    // The physical order is a fresh shuffle each time, not the order people voted in (all five shuffles
    // keeping that order by chance: about 1 in 25 million).
    const castOrder = [...receipts.values()];
    const followsCastOrder = whileOpen
      .slice(1)
      .map((box) => box.map((b) => b.receipt).join() === castOrder.slice(0, box.length).join());
    expect(followsCastOrder.every(Boolean)).toBe(false);
  });

  it("the audit log, the live events and the stored ballots say that a delegate voted, never what or with which receipt", async () => {
    const audit = await rows<{ action: string; after: unknown }>(
      sql`select action, after from audit_log where entity = 'vote' and entity_id = ${voteId} order by seq`,
    );
    const voted = audit.rows.filter((r) => r.action === "voted");
    expect(voted).toHaveLength(6);
    for (const r of voted) expect(Object.keys(r.after as object).sort()).toEqual(["channel", "delegateId"]);
    const auditText = JSON.stringify(audit.rows);
    const events = JSON.stringify(await eventsAfter(database.db, s.meeting.id, 0));
    for (const receipt of receipts.values()) {
      expect(auditText).not.toContain(receipt);
      expect(events).not.toContain(receipt);
    }
    for (const d of s.delegates) expect(events).not.toContain(d.id);
    const progress = (await eventsAfter(database.db, s.meeting.id, 0)).filter(
      (e) => e.type === "vote.progress",
    );
    expect(progress.map((e) => (e.payload as { cast: number }).cast)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("each voter finds their own choice by their receipt in the published list", async () => {
    const published = await rows<{ receipt: string; content: { candidateIds: string[] } }>(
      sql`select receipt, content from ballots where vote_id = ${voteId}`,
    );
    for (const [i, receipt] of receipts) {
      expect(published.rows.find((b) => b.receipt === receipt)?.content.candidateIds).toEqual([choices[i]]);
    }
  });
});
