import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { castBallot } from "./cast-ballot";
import { closeVote } from "./close-vote";
import { createVote } from "./create-vote";
import { getMeeting } from "./get-meeting";
import { closeLiveBus } from "./live/bus";
import { openVote } from "./open-vote";
import { markPresent, setUpMeeting } from "./test-fixtures";

let database: Database;
let s: Awaited<ReturnType<typeof setUpMeeting>>;

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpMeeting(database.db);
  await markPresent(database.db, s, [0, 1, 2, 3, 4, 5]);
});
afterAll(async () => {
  await closeLiveBus(database.db);
  await database?.close();
});

describe("ballots arriving together", () => {
  it("count once per delegate, however many requests race", async () => {
    const db = database.db;
    const vote = await createVote({
      db,
      actor: s.admin.actor,
      meetingId: s.meeting.id,
      input: { kind: "motion", secret: true, question: "Thông qua?", threshold: { kind: "majorityOfValid" } },
    });
    await openVote({ db, actor: s.admin.actor, meetingId: s.meeting.id, voteId: vote.id });
    const attempts = [0, 0, 0, 0, 1, 1, 1, 2].map((i) =>
      castBallot({
        db,
        actor: s.voters[i]!,
        meetingId: s.meeting.id,
        voteId: vote.id,
        input: { ballot: { choice: "yes" } },
      }).then(
        () => 200,
        (err: { status?: number }) => err.status ?? 500,
      ),
    );
    const statuses = await Promise.all(attempts);
    expect(statuses.filter((x) => x === 200)).toHaveLength(3);
    expect(statuses.filter((x) => x === 409)).toHaveLength(5);
    const result = await closeVote({ db, actor: s.admin.actor, meetingId: s.meeting.id, voteId: vote.id });
    expect(result).toMatchObject({ cast: 3, yes: 3, eligible: 6 });
    const view = await getMeeting({ db, actor: s.admin.actor, meetingId: s.meeting.id });
    expect(view.votes[0]?.ballots).toHaveLength(3);
  });
});
