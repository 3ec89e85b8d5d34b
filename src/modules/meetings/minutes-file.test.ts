import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { pdfText, unzipEntries } from "../documents/test-files";
import { addAgendaItem, endMeeting, setCurrentItem } from "./agenda";
import { castBallot } from "./cast-ballot";
import { closeVote } from "./close-vote";
import { createVote } from "./create-vote";
import { setConclusions } from "./decisions";
import { closeLiveBus } from "./live/bus";
import { approveMinutes, draftMinutes } from "./minutes";
import { approvedMinutesOfCluster } from "./minutes-file";
import { openVote } from "./open-vote";
import { recordGist, requestSpeech, runSpeech } from "./speakers";
import { markPresent, setUpMeeting } from "./test-fixtures";

let database: Database;
let app: App;
let s: Awaited<ReturnType<typeof setUpMeeting>>;
let base: string;
const sessions: Record<string, Session> = {};

const GIST = "Đề nghị đổi mới hình thức học tập nghị quyết ở chi bộ";
const TASK = "Tuyên truyền bầu cử Quốc hội và HĐND các cấp nhiệm kỳ 2021-2026";

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, databaseKind: database.kind });
  s = await setUpMeeting(database.db);
  const db = database.db;
  const on = { db, actor: s.admin.actor, meetingId: s.meeting.id };
  await markPresent(db, s, [0, 1, 2, 3, 4]);
  const item = await addAgendaItem({
    ...on,
    input: { title: "Thảo luận báo cáo năm 2020", plannedMinutes: 40 },
  });
  await setCurrentItem({ ...on, input: { itemId: item.id } });
  const speech = await requestSpeech({ ...on, input: { itemId: item.id, delegateId: s.delegates[1]!.id } });
  await runSpeech({ ...on, speechId: speech.id, input: { action: "start" } });
  await runSpeech({ ...on, speechId: speech.id, input: { action: "stop" } });
  await recordGist({ ...on, speechId: speech.id, input: { gist: GIST } });
  const vote = await createVote({
    ...on,
    input: {
      kind: "motion",
      secret: true,
      question: "Thông qua dự thảo kết luận",
      threshold: { kind: "majorityOfValid" },
    },
  });
  await openVote({ ...on, voteId: vote.id });
  for (const i of [0, 1, 2]) {
    const input = { ballot: { choice: i < 2 ? "yes" : "no" } };
    await castBallot({ db, actor: s.voters[i]!, meetingId: s.meeting.id, voteId: vote.id, input });
  }
  await closeVote({ ...on, voteId: vote.id });
  await setConclusions({ ...on, input: { text: "Hội nghị thống nhất các nội dung.", keyTasks: [TASK] } });
  await endMeeting(on);
  await draftMinutes({ ...on, actor: s.secretaryUser.actor });
  const users = {
    admin: s.admin,
    head: s.head,
    chair: s.chairUser,
    voter: { username: s.voters[1]!.kind === "user" ? s.voters[1]!.username : "" },
    outsider: s.outsider,
    foreign: s.foreignAdmin,
  };
  for (const [k, u] of Object.entries(users)) sessions[k] = await signIn(app, u.username, TEST_PASSWORD);
  base = `/api/meetings/${s.meeting.id}`;
});
afterAll(async () => {
  await closeLiveBus(database.db);
  await database?.close();
});

const get = (who: string, path: string) => call(app, sessions[who]!, "GET", `${base}${path}`);

/** The visible text of a DOCX: the runs of word/document.xml joined per paragraph. */
async function docxText(bytes: Uint8Array): Promise<string> {
  const xml = (await unzipEntries(bytes)).get("word/document.xml")?.toString("utf8") ?? "";
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .join("\n")
    .replace(/&amp;/g, "&");
}

describe("the minutes as official documents", () => {
  it("downloads the draft as DOCX, drafted from the record, for the meeting's managers", async () => {
    const res = await get("admin", "/minutes.docx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("wordprocessingml");
    expect(res.headers.get("content-disposition")).toContain("bien-ban-hoi-nghi-2020-11-24.docx");
    const text = await docxText(new Uint8Array(await res.arrayBuffer()));
    for (const line of [
      "TỈNH ỦY THỬ NGHIỆM",
      "BAN TUYÊN GIÁO",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "-BB/CTĐ",
      "Hạ Long, ngày 24 tháng 11 năm 2020",
      "BIÊN BẢN",
      "HỘI NGHỊ GIAO BAN CỤM THI ĐUA NĂM 2020",
      "Thời gian: 14 giờ 00, ngày 24/11/2020.",
      "Chủ trì: đồng chí Trương Công Ngàn, Phó trưởng Ban Thường trực.",
      "Có mặt 5/8 đại biểu được mời; vắng 1.",
      "Đại biểu 6, Trưởng ban (Ban Tuyên giáo Thành ủy Móng Cái) — lý do: Đi công tác",
      "1. Thảo luận báo cáo năm 2020",
      `Đồng chí Đại biểu 2, Trưởng ban (Ban Tuyên giáo Thành ủy Uông Bí): ${GIST}`,
      "Thông qua dự thảo kết luận — hình thức: Bỏ phiếu kín",
      TASK,
      "THƯ KÝ",
      "CHỦ TRÌ HỘI NGHỊ",
      "Nguyễn Thư Ký",
      "DỰ THẢO",
    ])
      expect(text, line).toContain(line);
  });

  it("is refused to those who may not read a draft, and hidden from outside the cluster", async () => {
    expect((await get("voter", "/minutes.docx")).status).toBe(403);
    expect((await get("voter", "/minutes.pdf")).status).toBe(403);
    expect((await get("outsider", "/minutes.pdf")).status).toBe(404);
    expect((await get("foreign", "/minutes.docx")).status).toBe(404);
    expect((await get("head", "/minutes.pdf")).status).toBe(200);
    expect((await get("chair", "/minutes.docx")).status).toBe(200);
  });

  it("once approved, every delegate downloads the signed PDF, its text read back by pdftotext", async () => {
    const db = database.db;
    const meetingId = s.meeting.id;
    const version = (await draftMinutes({ db, actor: s.secretaryUser.actor, meetingId })).version;
    await approveMinutes({ db, actor: s.chairUser.actor, meetingId, input: { version, as: "chair" } });
    await approveMinutes({
      db,
      actor: s.secretaryUser.actor,
      meetingId,
      input: { version, as: "secretary" },
    });
    const res = await get("voter", "/minutes.pdf");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(new Uint8Array(await res.arrayBuffer()), "meeting-minutes").replace(/\s+/g, " ");
    for (const line of [
      "BAN TUYÊN GIÁO",
      "-BB/CTĐ",
      "Hạ Long, ngày 24 tháng 11 năm 2020",
      "BIÊN BẢN",
      "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN",
      "Đi công tác",
      "III. BIỂU QUYẾT",
      "THƯ KÝ",
      "CHỦ TRÌ HỘI NGHỊ",
      "Trương Công Ngàn",
      "Nguyễn Thư Ký",
    ])
      expect(text, line).toContain(line);
    expect(text).not.toContain("DỰ THẢO");
  });

  it("goes into the cluster's conference dossier once approved", async () => {
    const doc = await approvedMinutesOfCluster({
      db: database.db,
      actor: s.head.actor,
      clusterId: s.cluster.id,
    });
    expect(doc).toMatchObject({ type: "minutes", date: "2020-11-24", draft: false });
    const other = await approvedMinutesOfCluster({
      db: database.db,
      actor: s.head.actor,
      clusterId: s.next.id,
    });
    expect(other).toBeNull();
  });
});
