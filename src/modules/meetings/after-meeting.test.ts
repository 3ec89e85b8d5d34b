import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { grant, makeUser } from "../../test-support/factories";
import type { Actor } from "../auth/actor";
import { addDelegate } from "./add-delegate";
import { addAgendaItem, endMeeting, setCurrentItem } from "./agenda";
import { castBallot } from "./cast-ballot";
import { closeVote } from "./close-vote";
import { createVote } from "./create-vote";
import { recordDecision, setConclusions } from "./decisions";
import { closeLiveBus } from "./live/bus";
import { approveMinutes, draftMinutes, editMinutes, getMinutes, readableMinutes } from "./minutes";
import { openVote } from "./open-vote";
import { recordAttendance } from "./record-attendance";
import { draftReport } from "./report";
import { recordGist, requestSpeech } from "./speakers";
import { markPresent, setUpMeeting } from "./test-fixtures";

let database: Database;
let s: Awaited<ReturnType<typeof setUpMeeting>>;
let observer: Actor;
let itemId: string;
let speechId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpMeeting(database.db);
  observer = (await makeUser(database.db, [grant("observer", s.councilId)])).actor;
  await markPresent(database.db, s, [0, 1, 2]);
  itemId = (
    await addAgendaItem({
      db: database.db,
      actor: s.admin.actor,
      meetingId: s.meeting.id,
      input: { title: "Thảo luận", plannedMinutes: 30 },
    })
  ).id;
  speechId = (
    await requestSpeech({
      db: database.db,
      actor: s.admin.actor,
      meetingId: s.meeting.id,
      input: { itemId, delegateId: s.delegates[1]!.id },
    })
  ).id;
});
afterAll(async () => {
  await closeLiveBus(database.db);
  await database?.close();
});

/** The HTTP status a use case answers with (200 when it succeeds) and its message. */
const outcome = async (p: Promise<unknown>) => {
  try {
    await p;
    return { status: 200, message: "" };
  } catch (err) {
    const e = err as { status?: number; message?: string };
    return { status: e.status ?? 500, message: e.message ?? "" };
  }
};

describe("draft minutes", () => {
  it("are read only by the chair, the secretary, the council's admins and the cluster head", async () => {
    const db = database.db;
    const meetingId = s.meeting.id;
    await draftMinutes({ db, actor: s.secretaryUser.actor, meetingId });
    for (const actor of [s.chairUser.actor, s.secretaryUser.actor, s.admin.actor, s.head.actor]) {
      const m = await getMinutes({ db, actor, meetingId });
      expect(m.status).toBe("draft");
      expect(m.content?.opening.chair.name).toBe("Trương Công Ngàn");
      expect((await readableMinutes({ db, actor, meetingId })).content.title).toContain("BIÊN BẢN");
    }
    // An observer of the council and a delegate of a member unit learn that a draft exists, not its text.
    for (const actor of [observer, s.voters[1]!]) {
      const m = await getMinutes({ db, actor, meetingId });
      expect(m).toMatchObject({ status: "draft", content: null });
      const refused = await outcome(readableMinutes({ db, actor, meetingId }));
      expect(refused.status).toBe(403);
      expect(refused.message).toContain("chưa được chủ trì và thư ký duyệt");
    }
  });
});

describe("after the meeting has ended", () => {
  it("cannot end while a vote is open", async () => {
    const db = database.db;
    const meetingId = s.meeting.id;
    const vote = await createVote({
      db,
      actor: s.admin.actor,
      meetingId,
      input: { kind: "motion", secret: true, question: "Thông qua", threshold: { kind: "majorityOfValid" } },
    });
    await openVote({ db, actor: s.admin.actor, meetingId, voteId: vote.id });
    await castBallot({
      db,
      actor: s.voters[0]!,
      meetingId,
      voteId: vote.id,
      input: { ballot: { choice: "yes" } },
    });
    const refused = await outcome(endMeeting({ db, actor: s.admin.actor, meetingId }));
    expect(refused.status).toBe(409);
    expect(refused.message).toContain("Còn cuộc biểu quyết đang mở");
    await closeVote({ db, actor: s.admin.actor, meetingId, voteId: vote.id });
    await setCurrentItem({ db, actor: s.admin.actor, meetingId, input: { itemId } });
    await endMeeting({ db, actor: s.admin.actor, meetingId });
  });

  it("refuses agenda, delegates, attendance, speakers, votes, decisions and conclusions with a 409", async () => {
    const db = database.db;
    const meetingId = s.meeting.id;
    const on = { db, actor: s.admin.actor, meetingId };
    const writes = {
      agenda: () => addAgendaItem({ ...on, input: { title: "Bế mạc", plannedMinutes: 5 } }),
      currentItem: () => setCurrentItem({ ...on, input: { itemId: null } }),
      delegate: () => addDelegate({ ...on, input: { fullName: "Khách mời", post: "Phóng viên" } }),
      attendance: () =>
        recordAttendance({
          ...on,
          delegateId: s.delegates[4]!.id,
          input: { attendance: "present" },
        }),
      speech: () => requestSpeech({ ...on, input: { itemId, delegateId: s.delegates[2]!.id } }),
      gist: () => recordGist({ ...on, speechId, input: { gist: "Ý kiến" } }),
      vote: () =>
        createVote({
          ...on,
          input: { kind: "motion", secret: false, question: "Thêm", threshold: { kind: "majorityOfValid" } },
        }),
      decision: () => recordDecision({ ...on, input: { kind: "other", text: "Thống nhất" } }),
      conclusions: () => setConclusions({ ...on, input: { text: "Kết luận", keyTasks: [] } }),
    };
    const answers: Record<string, { status: number; message: string }> = {};
    for (const [what, write] of Object.entries(writes)) answers[what] = await outcome(write());
    for (const [what, a] of Object.entries(answers)) {
      expect({ what, status: a.status }).toEqual({ what, status: 409 });
      expect(a.message).toContain("Hội nghị đã kết thúc");
    }
  });

  it("still takes the minutes (draft, edit, approval) and the news report", async () => {
    const db = database.db;
    const meetingId = s.meeting.id;
    const draft = await draftMinutes({ db, actor: s.secretaryUser.actor, meetingId });
    const { version } = await editMinutes({
      db,
      actor: s.secretaryUser.actor,
      meetingId,
      input: { version: draft.version, content: { ...draft.content, closing: "Kết thúc lúc 17 giờ." } },
    });
    await approveMinutes({ db, actor: s.chairUser.actor, meetingId, input: { version, as: "chair" } });
    await approveMinutes({
      db,
      actor: s.secretaryUser.actor,
      meetingId,
      input: { version, as: "secretary" },
    });
    expect((await draftReport({ db, actor: s.admin.actor, meetingId })).version).toBe(1);
    // Approved: now everyone who sees the meeting reads them.
    const m = await getMinutes({ db, actor: observer, meetingId });
    expect(m).toMatchObject({ status: "approved" });
    expect(m.content?.closing).toBe("Kết thúc lúc 17 giờ.");
  });
});
