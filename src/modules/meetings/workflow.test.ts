import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MotionResult } from "../../core/ballots";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { system } from "../../test-support/factories";
import { getCluster } from "../clusters/get-cluster";
import { addAgendaItem, setCurrentItem } from "./agenda";
import { castBallot } from "./cast-ballot";
import { closeVote, overrideVoteResult } from "./close-vote";
import { createVote } from "./create-vote";
import { recordDecision, setConclusions } from "./decisions";
import { getMeeting } from "./get-meeting";
import { closeLiveBus } from "./live/bus";
import { amendMinutes, approveMinutes, draftMinutes, editMinutes, getMinutes } from "./minutes";
import { openVote } from "./open-vote";
import { enterPaperBallots } from "./paper-ballots";
import { recordGist, requestSpeech, runSpeech } from "./speakers";
import { markPresent, setUpMeeting } from "./test-fixtures";

let database: Database;
let s: Awaited<ReturnType<typeof setUpMeeting>>;

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpMeeting(database.db);
});
afterAll(async () => {
  await closeLiveBus(database.db);
  await database?.close();
});

const status = async (p: Promise<unknown>) => {
  try {
    await p;
    return 200;
  } catch (err) {
    return (err as { status?: number }).status ?? 500;
  }
};

describe("a meeting from agenda to approved minutes", () => {
  it("takes a registered person's post as held on the meeting day", async () => {
    const view = await getMeeting({ db: database.db, actor: s.admin.actor, meetingId: s.meeting.id });
    expect(view.delegates[0]).toMatchObject({
      fullName: "Trương Công Ngàn",
      post: "Phó trưởng Ban Thường trực",
      votingRight: false,
    });
    expect(view.meeting.chairDelegateId).toBe(s.chair.id);
  });

  it("runs an item with its speakers, timer and gists", async () => {
    const db = database.db;
    const item = await addAgendaItem({
      db,
      actor: s.head.actor,
      meetingId: s.meeting.id,
      input: { title: "Thảo luận", plannedMinutes: 45, documents: [{ label: "Dự thảo báo cáo" }] },
    });
    await setCurrentItem({ db, actor: s.admin.actor, meetingId: s.meeting.id, input: { itemId: item.id } });
    // A delegate asks to speak for themselves; asking for someone else is refused.
    const own = await requestSpeech({
      db,
      actor: s.voters[0]!,
      meetingId: s.meeting.id,
      input: { itemId: item.id, delegateId: s.delegates[0]!.id },
    });
    expect(
      await status(
        requestSpeech({
          db,
          actor: s.voters[0]!,
          meetingId: s.meeting.id,
          input: { itemId: item.id, delegateId: s.delegates[1]!.id },
        }),
      ),
    ).toBe(403);
    const second = await requestSpeech({
      db,
      actor: s.secretaryUser.actor,
      meetingId: s.meeting.id,
      input: { itemId: item.id, delegateId: s.delegates[1]!.id },
    });
    await runSpeech({
      db,
      actor: s.secretaryUser.actor,
      meetingId: s.meeting.id,
      speechId: own.id,
      input: { action: "start" },
    });
    await runSpeech({
      db,
      actor: s.secretaryUser.actor,
      meetingId: s.meeting.id,
      speechId: second.id,
      input: { action: "start" },
    });
    await recordGist({
      db,
      actor: s.secretaryUser.actor,
      meetingId: s.meeting.id,
      speechId: own.id,
      input: { gist: "Nêu kinh nghiệm tuyên truyền." },
    });
    expect(
      await status(
        runSpeech({
          db,
          actor: s.voters[2]!,
          meetingId: s.meeting.id,
          speechId: second.id,
          input: { action: "stop" },
        }),
      ),
    ).toBe(403);
    const view = await getMeeting({ db, actor: s.voters[3]!, meetingId: s.meeting.id });
    expect(view.meeting).toMatchObject({ status: "running", currentItemId: item.id });
    expect(view.agenda[0]!.speeches.map((sp) => [sp.position, sp.status, sp.gist])).toEqual([
      [1, "done", "Nêu kinh nghiệm tuyên truyền."],
      [2, "speaking", null],
    ]);
  });

  it("refuses a vote without voters present, counts one, hides its result until closed, refuses late ballots", async () => {
    const db = database.db;
    const vote = await createVote({
      db,
      actor: s.admin.actor,
      meetingId: s.meeting.id,
      input: {
        kind: "motion",
        secret: true,
        question: "Thông qua báo cáo?",
        threshold: { kind: "majorityOfValid" },
        quorum: { percentOfEligible: 50 },
      },
    });
    expect(
      await status(openVote({ db, actor: s.admin.actor, meetingId: s.meeting.id, voteId: vote.id })),
    ).toBe(409);
    await markPresent(db, s, [0, 1, 2, 3, 4]);
    expect(
      await status(openVote({ db, actor: s.voters[0]!, meetingId: s.meeting.id, voteId: vote.id })),
    ).toBe(403);
    await openVote({ db, actor: s.admin.actor, meetingId: s.meeting.id, voteId: vote.id });
    const receipts: string[] = [];
    for (const i of [0, 1, 2]) {
      const choice = i === 2 ? "no" : "yes";
      receipts.push(
        (
          await castBallot({
            db,
            actor: s.voters[i]!,
            meetingId: s.meeting.id,
            voteId: vote.id,
            input: { ballot: { choice } },
          })
        ).receipt,
      );
    }
    expect(
      await status(
        castBallot({
          db,
          actor: s.voters[0]!,
          meetingId: s.meeting.id,
          voteId: vote.id,
          input: { ballot: { choice: "no" } },
        }),
      ),
    ).toBe(409);
    // Absent when the vote opened: not a voter.
    expect(
      await status(
        castBallot({
          db,
          actor: s.voters[5]!,
          meetingId: s.meeting.id,
          voteId: vote.id,
          input: { ballot: { choice: "yes" } },
        }),
      ),
    ).toBe(403);
    await enterPaperBallots({
      db,
      actor: s.secretaryUser.actor,
      meetingId: s.meeting.id,
      voteId: vote.id,
      input: { delegateIds: [s.delegates[3]!.id], ballots: [{ spoiled: true }] },
    });
    const open = (await getMeeting({ db, actor: s.voters[4]!, meetingId: s.meeting.id })).votes[0]!;
    expect(open).toMatchObject({
      status: "open",
      turnout: { eligible: 5, cast: 4 },
      me: { eligible: true, voted: false },
      result: null,
      ballots: null,
    });

    const result = (await closeVote({
      db,
      actor: s.admin.actor,
      meetingId: s.meeting.id,
      voteId: vote.id,
    })) as MotionResult;
    // 4 of 5 handed in (quorum 50 % met); 3 valid, 2 yes: 2 × 2 > 3 → carried.
    expect(result).toMatchObject({
      eligible: 5,
      cast: 4,
      valid: 3,
      invalid: 1,
      yes: 2,
      no: 1,
      outcome: "carried",
    });
    expect(
      await status(
        castBallot({
          db,
          actor: s.voters[4]!,
          meetingId: s.meeting.id,
          voteId: vote.id,
          input: { ballot: { choice: "yes" } },
        }),
      ),
    ).toBe(409);
    const closed = (await getMeeting({ db, actor: s.voters[0]!, meetingId: s.meeting.id })).votes[0]!;
    expect(closed.ballots?.map((b) => b.receipt)).toEqual(expect.arrayContaining(receipts));
    expect(closed.ballots?.find((b) => b.receipt === receipts[2])?.content).toEqual({
      kind: "choice",
      choice: "no",
    });
    expect(closed.ballots?.every((b) => b.delegateId === null)).toBe(true);
    await overrideVoteResult({
      db,
      actor: s.admin.actor,
      meetingId: s.meeting.id,
      voteId: vote.id,
      input: { reason: "Kiểm lại phiếu", outcome: "Thông qua" },
    });
    expect(
      (await getMeeting({ db, actor: s.admin.actor, meetingId: s.meeting.id })).votes[0]!.override,
    ).toMatchObject({ reason: "Kiểm lại phiếu" });
  });

  it("hands next year's head role to the unit the meeting chose", async () => {
    const db = database.db;
    await recordDecision({
      db,
      actor: s.admin.actor,
      meetingId: s.meeting.id,
      input: { kind: "handHeadRole", unitId: s.units[2]!.id, text: "Giao Quảng Yên làm Cụm trưởng năm 2021" },
    });
    const next = await getCluster({ db, actor: system, clusterId: s.next.id });
    expect(next.head?.unitId).toBe(s.units[2]!.id);
    expect(next.members.filter((m) => m.role === "head")).toHaveLength(1);
    expect(
      await status(
        recordDecision({
          db,
          actor: s.voters[0]!,
          meetingId: s.meeting.id,
          input: { kind: "other", text: "x" },
        }),
      ),
    ).toBe(403);
  });

  it("drafts, edits, approves by chair and secretary, then only amends", async () => {
    const db = database.db;
    await setConclusions({
      db,
      actor: s.admin.actor,
      meetingId: s.meeting.id,
      input: { text: "Hội nghị thống nhất.", keyTasks: ["Nhiệm vụ một", "Nhiệm vụ hai"] },
    });
    const draft = await draftMinutes({ db, actor: s.secretaryUser.actor, meetingId: s.meeting.id });
    expect(draft.content.opening.chair).toEqual({
      name: "Trương Công Ngàn",
      post: "Phó trưởng Ban Thường trực",
    });
    expect(draft.content.attendance.absent).toEqual([
      { name: "Đại biểu 6", post: "Trưởng ban (Ban Tuyên giáo Thành ủy Móng Cái)", reason: "Đi công tác" },
    ]);
    expect(draft.content.votes[0]).toMatchObject({
      method: "Bỏ phiếu kín",
      threshold: "quá nửa tổng số phiếu hợp lệ",
    });
    expect(draft.content.conclusions.keyTasks).toEqual(["Nhiệm vụ một", "Nhiệm vụ hai"]);
    const edited = { ...draft.content, closing: "Hội nghị kết thúc lúc 17 giờ 30." };
    const { version } = await editMinutes({
      db,
      actor: s.secretaryUser.actor,
      meetingId: s.meeting.id,
      input: { version: draft.version, content: edited },
    });
    expect(
      await status(
        editMinutes({
          db,
          actor: s.secretaryUser.actor,
          meetingId: s.meeting.id,
          input: { version: draft.version, content: edited },
        }),
      ),
    ).toBe(409);
    expect(
      await status(
        approveMinutes({
          db,
          actor: s.secretaryUser.actor,
          meetingId: s.meeting.id,
          input: { version, as: "chair" },
        }),
      ),
    ).toBe(403);
    await approveMinutes({
      db,
      actor: s.chairUser.actor,
      meetingId: s.meeting.id,
      input: { version, as: "chair" },
    });
    expect((await getMinutes({ db, actor: s.admin.actor, meetingId: s.meeting.id })).status).toBe("draft");
    await approveMinutes({
      db,
      actor: s.secretaryUser.actor,
      meetingId: s.meeting.id,
      input: { version, as: "secretary" },
    });
    const approved = await getMinutes({ db, actor: s.admin.actor, meetingId: s.meeting.id });
    expect(approved).toMatchObject({ status: "approved", approvedByChair: true, approvedBySecretary: true });
    expect(approved.content?.closing).toBe("Hội nghị kết thúc lúc 17 giờ 30.");
    expect(
      await status(
        editMinutes({
          db,
          actor: s.secretaryUser.actor,
          meetingId: s.meeting.id,
          input: { version, content: edited },
        }),
      ),
    ).toBe(409);
    expect(await status(draftMinutes({ db, actor: s.secretaryUser.actor, meetingId: s.meeting.id }))).toBe(
      409,
    );
    await amendMinutes({
      db,
      actor: s.admin.actor,
      meetingId: s.meeting.id,
      input: {
        version,
        content: { ...edited, closing: "Kết thúc 17 giờ 45." },
        reason: "Ghi đúng giờ kết thúc",
      },
    });
    const amended = await getMinutes({ db, actor: s.admin.actor, meetingId: s.meeting.id });
    expect(amended).toMatchObject({ status: "approved", version: version + 1 });
    expect(amended.amendments.map((a) => a.reason)).toEqual(["Ghi đúng giờ kết thúc"]);
  });

  it("is hidden from other councils and units outside the cluster", async () => {
    expect(
      await status(getMeeting({ db: database.db, actor: s.foreignAdmin.actor, meetingId: s.meeting.id })),
    ).toBe(404);
    expect(
      await status(getMeeting({ db: database.db, actor: s.outsider.actor, meetingId: s.meeting.id })),
    ).toBe(404);
  });
});
