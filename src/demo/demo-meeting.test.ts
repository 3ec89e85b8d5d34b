import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/open";
import { auditLog } from "../db/schema";
import { openDemoTestDatabase } from "../db/testing";
import { systemActor } from "../modules/auth/actor";
import { buildReport } from "../modules/meetings/build-report";
import { getMeeting } from "../modules/meetings/get-meeting";
import { listMeetings } from "../modules/meetings/list-meetings";
import { closeLiveBus } from "../modules/meetings/live/bus";
import { getMinutes } from "../modules/meetings/minutes";
import { getReport } from "../modules/meetings/report";
import { demoActor } from "../test-support/demo-actors";
import { article, keyTasks2021 } from "./seed-meeting";

let database: Database;
let meetingId: string;
const actor = systemActor("test");

beforeAll(async () => {
  // The demo as createDemo() makes it, built once per run (src/db/testing.ts).
  database = await openDemoTestDatabase();
  const [meeting] = await listMeetings({ db: database.db, actor });
  meetingId = meeting?.id ?? "";
}, 600_000);
afterAll(async () => {
  await closeLiveBus(database.db);
  await database?.close();
});

describe("the demo's meeting of 24 November 2020", () => {
  it("is chaired by Trương Công Ngàn, with Phan Thị Hải Hường under both her posts of that day", async () => {
    const view = await getMeeting({ db: database.db, actor, meetingId });
    expect(view.meeting).toMatchObject({
      place: "TP Hạ Long",
      startsAt: "2020-11-24T07:00:00.000Z",
      status: "ended",
    });
    const chair = view.delegates.find((d) => d.id === view.meeting.chairDelegateId);
    expect(chair).toMatchObject({
      fullName: "Trương Công Ngàn",
      post: "Phó trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy",
    });
    expect(view.delegates.find((d) => d.fullName === "Phan Thị Hải Hường")?.post).toBe(
      "Trưởng ban Tuyên giáo Thành ủy Hạ Long, Giám đốc Trung tâm chính trị thành phố Hạ Long",
    );
    expect(view.agenda.find((i) => i.speeches.length > 0)?.speeches).toHaveLength(6);
  });

  it("has its minutes approved by the chair's and the secretary's own accounts (chutri, thuky)", async () => {
    for (const [username, role] of [
      ["chutri", "chair"],
      ["thuky", "secretary"],
    ] as const) {
      const own = await demoActor(database.db, username);
      const view = await getMeeting({ db: database.db, actor: own, meetingId });
      expect(view.can).toMatchObject({
        approveAsChair: role === "chair",
        approveAsSecretary: role === "secretary",
        manage: false,
      });
    }
    const approvals = await database.db
      .select({ action: auditLog.action, actorName: auditLog.actorName })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, meetingId), like(auditLog.action, "approve_%")));
    expect(approvals.map((a) => `${a.action}:${a.actorName}`).sort()).toEqual([
      "approve_chair:chutri",
      "approve_secretary:thuky",
    ]);
  });

  it("closed a secret vote on the leading unit among the six, and recorded the decision", async () => {
    const view = await getMeeting({ db: database.db, actor, meetingId });
    const vote = view.votes[0];
    expect(vote).toMatchObject({
      kind: "election",
      secret: true,
      status: "closed",
      turnout: { eligible: 6, cast: 6 },
    });
    expect(vote?.candidates).toHaveLength(6);
    expect(vote?.result).toMatchObject({ valid: 5, blank: 1, elected: ["c1"], outcome: "decided" });
    expect(vote?.ballots?.every((b) => b.delegateId === null)).toBe(true);
    expect(view.decisions[0]?.text).toMatch(/^Đề nghị Ban Tuyên giáo .+ là đơn vị dẫn đầu Cụm 1 năm 2020\.$/);
  });

  it("holds the 2021 tasks as the article lists them, in approved minutes", async () => {
    const minutes = await getMinutes({ db: database.db, actor, meetingId });
    expect(minutes).toMatchObject({ status: "approved", approvedByChair: true, approvedBySecretary: true });
    expect(minutes.content?.conclusions.keyTasks).toEqual(keyTasks2021);
    expect(minutes.content?.conclusions.keyTasks[2]).toContain("Nghị quyết số 11-NQ/TU ngày 9/3/2018");
    expect(minutes.content?.placeDate).toBe("Hạ Long, ngày 24 tháng 11 năm 2020");
    expect(minutes.content?.header).toMatchObject({
      superiorBody: "TỈNH ỦY QUẢNG NINH",
      issuingBody: "BAN TUYÊN GIÁO",
    });
  });

  it("has a news report that reads as the article, with two captioned photos", async () => {
    const { report } = await getReport({ db: database.db, actor, meetingId });
    expect(report?.paragraphs).toEqual(article.paragraphs);
    expect(report?.photos.map((p) => p.caption)).toEqual(article.captions);
    expect(report?.byline).toBe("Hoàng Nga");
  });

  it("drafts from the record alone a lead, results, discussion and tasks as the article has them", async () => {
    const draft = buildReport(await getMeeting({ db: database.db, actor, meetingId }), "Phóng viên");
    expect(draft.paragraphs[0]).toBe(article.paragraphs[0]);
    expect(draft.paragraphs.slice(1, 3)).toEqual(article.paragraphs.slice(1, 3));
    expect(draft.paragraphs[3]).toBe(
      `Tại hội nghị, đại diện các đơn vị trong Cụm 1 đã ${article.paragraphs[3]?.split(" đã ")[1]}`,
    );
    expect(draft.paragraphs[4]).toBe(article.paragraphs[4]);
    expect(draft.dateline).toBe("Thứ Ba, 24/11/2020");
    expect(draft.suggestedCaptions).toContain(
      "Đồng chí Phan Thị Hải Hường, Trưởng ban Tuyên giáo Thành ủy Hạ Long, Giám đốc Trung tâm chính trị thành phố Hạ Long phát biểu tại hội nghị.",
    );
  });
});
