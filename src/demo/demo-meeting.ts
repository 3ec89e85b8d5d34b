import type { Db } from "../db/types";
import { type Actor, systemActor } from "../modules/auth/actor";
import { uploadOf } from "../modules/files/put-blob";
import { addDelegate } from "../modules/meetings/add-delegate";
import { addAgendaItem, endMeeting, setCurrentItem } from "../modules/meetings/agenda";
import { castBallot } from "../modules/meetings/cast-ballot";
import { closeVote } from "../modules/meetings/close-vote";
import { createMeeting } from "../modules/meetings/create-meeting";
import { createVote } from "../modules/meetings/create-vote";
import { recordDecision, setConclusions } from "../modules/meetings/decisions";
import { linkPersonToAccount } from "../modules/meetings/meeting-accounts";
import { approveMinutes, draftMinutes } from "../modules/meetings/minutes";
import { openVote } from "../modules/meetings/open-vote";
import { recordAttendance, replyToInvitation } from "../modules/meetings/record-attendance";
import { addReportPhoto, draftReport, editReport } from "../modules/meetings/report";
import { recordGist, requestSpeech, runSpeech } from "../modules/meetings/speakers";
import { listPeople } from "../modules/people/list-people";
import { getRanking } from "../modules/rankings/get-ranking";
import { createDemoNextMeeting } from "./demo-next-meeting";
import { placeholderPng } from "./placeholder-photo";
import * as seed from "./seed-data";
import * as article from "./seed-meeting";

type Ids = {
  clusterId: string;
  councilOrgId: string;
  unitIds: Map<string, string>;
  accountIds: Map<string, string>;
  admin: Actor;
  editors: Map<string, Actor>;
  chair: Actor;
  secretary: Actor;
};

/**
 * The seed's meeting of 24 November 2020 in Hạ Long, end to end through the use cases: delegates with their
 * posts of that day, agenda, the units' discussion, a closed secret vote on the leading unit among the six,
 * the conclusions with the 2021 tasks, approved minutes and the news report as the article reads.
 */
export async function createDemoMeeting(db: Db, ids: Ids): Promise<string> {
  const { admin } = ids;
  const meetingId = (
    await createMeeting({
      db,
      actor: admin,
      input: { clusterId: ids.clusterId, convenerOrgId: ids.councilOrgId, ...article.meeting },
    })
  ).id;
  const people = await listPeople({ db, actor: systemActor("demo"), at: "2020-11-24" });
  const personId = (name: string) => people.find((p) => p.fullName === name)?.id ?? null;
  const on = { db, actor: admin, meetingId };
  const chairPersonId = personId("Trương Công Ngàn");
  if (chairPersonId && ids.chair.kind === "user")
    await linkPersonToAccount({ db, actor: admin, personId: chairPersonId, userId: ids.chair.userId });

  // The chair's account comes with his person of the register; the secretary, typed, is given hers.
  const chair = await addDelegate({
    ...on,
    input: { personId: personId("Trương Công Ngàn"), role: "chair", votingRight: false },
  });
  const secretary = await addDelegate({
    ...on,
    input: {
      fullName: "Chuyên viên Ban Tuyên giáo Tỉnh ủy",
      post: "Thư ký hội nghị",
      userId: ids.secretary.kind === "user" ? ids.secretary.userId : null,
      role: "secretary",
      votingRight: false,
    },
  });
  const delegates = new Map<string, string>();
  for (const u of seed.units) {
    const isHaLong = u.code === "HL";
    const d = await addDelegate({
      ...on,
      input: {
        personId: isHaLong ? personId("Phan Thị Hải Hường") : null,
        fullName: isHaLong ? null : `Đại diện Ban Tuyên giáo ${u.committee} ${u.place}`,
        post: isHaLong ? null : `Ban Tuyên giáo ${u.committee} ${u.place}`,
        unitId: ids.unitIds.get(u.code) ?? null,
        userId: ids.accountIds.get(u.code) ?? null,
      },
    });
    delegates.set(u.code, d.id);
  }
  const everyone = [chair.id, secretary.id, ...delegates.values()];
  for (const delegateId of everyone) {
    await replyToInvitation({ ...on, delegateId, input: { reply: "accepted" } });
    await recordAttendance({ ...on, delegateId, input: { attendance: "present" } });
  }

  const item = (
    title: string,
    plannedMinutes: number,
    presenterDelegateId: string | null,
    documents: { label: string; ref?: string }[] = [],
  ) => addAgendaItem({ ...on, input: { title, plannedMinutes, presenterDelegateId, documents } });
  const opening = await item("Khai mạc, giới thiệu đại biểu", 10, chair.id);
  const report = await item("Đánh giá kết quả công tác tuyên giáo năm 2020 của Cụm 1", 30, chair.id, [
    { label: "Dự thảo báo cáo kết quả công tác tuyên giáo năm 2020" },
    { label: "Kết quả xếp hạng thi đua Cụm 1 năm 2020", ref: `ranking:${ids.clusterId}` },
  ]);
  const discussion = await item("Thảo luận, chia sẻ mô hình, kinh nghiệm, cách làm hay", 60, null);
  const election = await item("Bình xét, đề nghị đơn vị dẫn đầu Cụm 1 năm 2020", 20, chair.id);
  const closing = await item("Thống nhất nhiệm vụ trọng tâm năm 2021; kết luận hội nghị", 20, chair.id);

  for (const current of [opening, report, discussion])
    await setCurrentItem({ ...on, input: { itemId: current.id } });
  for (const u of seed.units) {
    const speech = await requestSpeech({
      ...on,
      input: { itemId: discussion.id, delegateId: delegates.get(u.code) ?? "" },
    });
    await runSpeech({ ...on, speechId: speech.id, input: { action: "start" } });
    await runSpeech({ ...on, speechId: speech.id, input: { action: "stop" } });
    await recordGist({ ...on, speechId: speech.id, input: { gist: article.discussionGist } });
  }

  await setCurrentItem({ ...on, input: { itemId: election.id } });
  const ranking = await getRanking({ db, actor: admin, clusterId: ids.clusterId });
  const byRank = ranking.rows
    .map((r) => seed.units.find((u) => u.code === r.unit))
    .filter((u) => u !== undefined);
  const order = byRank.length === seed.units.length ? byRank : [...seed.units];
  const vote = await createVote({
    ...on,
    input: {
      itemId: election.id,
      kind: "election",
      secret: true,
      question: "Đề nghị đơn vị dẫn đầu Cụm 1 năm 2020",
      candidates: order.map((u) => ({ label: u.place, unitId: ids.unitIds.get(u.code) })),
      seats: 1,
      threshold: { kind: "majorityOfValid" },
      quorum: { percentOfEligible: 50 },
    },
  });
  await openVote({ ...on, voteId: vote.id });
  // Illustrative ballots (the article reports no vote): four for the first in the ranking, one for the second, one blank.
  const picks = [["c1"], ["c1"], ["c2"], ["c1"], [], ["c1"]];
  for (const [i, u] of seed.units.entries()) {
    const actor = ids.editors.get(u.code);
    if (actor)
      await castBallot({
        db,
        actor,
        meetingId,
        voteId: vote.id,
        input: { ballot: { candidateIds: picks[i] ?? [] } },
      });
  }
  await closeVote({ ...on, voteId: vote.id });
  const leader = order[0];
  if (leader) {
    await recordDecision({
      ...on,
      input: {
        kind: "proposeLeadingUnit",
        voteId: vote.id,
        unitId: ids.unitIds.get(leader.code) ?? null,
        text: `Đề nghị Ban Tuyên giáo ${leader.committee} ${leader.place} là đơn vị dẫn đầu Cụm 1 năm 2020.`,
      },
    });
  }

  await setCurrentItem({ ...on, input: { itemId: closing.id } });
  await setConclusions({
    ...on,
    input: { text: article.results.join("\n\n"), keyTasks: article.keyTasks2021 },
  });
  await endMeeting(on);

  const minutes = await draftMinutes(on);
  for (const as of ["secretary", "chair"] as const) {
    await approveMinutes({
      db,
      actor: as === "chair" ? ids.chair : ids.secretary,
      meetingId,
      input: { version: minutes.version, as },
    });
  }

  await draftReport(on);
  const colours: [number, number, number][] = [
    [176, 190, 197],
    [207, 216, 220],
  ];
  let version = 0;
  for (const [i, caption] of article.article.captions.entries()) {
    const bytes = placeholderPng(320, 180, colours[i] ?? [200, 200, 200]);
    version = (
      await addReportPhoto({ ...on, file: await uploadOf(`anh-hoi-nghi-${i + 1}.png`, bytes), caption })
    ).version;
  }
  const { captions: _captions, ...text } = article.article;
  await editReport({ ...on, input: { version, ...text } });
  await createDemoNextMeeting(db, ids);
  return meetingId;
}
