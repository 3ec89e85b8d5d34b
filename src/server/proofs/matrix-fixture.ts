import type { setUpCluster } from "../../modules/assessments/test-fixtures";
import type { Actor } from "../../modules/auth/actor";
import { setDocumentIssuer, setDocumentSettings } from "../../modules/documents/document-settings";
import { addDelegate } from "../../modules/meetings/add-delegate";
import { addAgendaItem } from "../../modules/meetings/agenda";
import { createMeeting } from "../../modules/meetings/create-meeting";
import { createVote } from "../../modules/meetings/create-vote";
import { draftMinutes, getMinutes } from "../../modules/meetings/minutes";
import { requestSpeech } from "../../modules/meetings/speakers";
import { createPractice } from "../../modules/practices/save-practice";
import { createOpinionReport } from "../../modules/propaganda/opinions";
import { createTopic } from "../../modules/propaganda/topics";
import { createReferenceDocument } from "../../modules/reference-documents/create-reference-document";
import { openReportPeriod } from "../../modules/reports/open-period";
import { createTask } from "../../modules/tasks/create-task";
import { reportProgress } from "../../modules/tasks/report-progress";
import { system } from "../../test-support/factories";

const userIdOf = (actor: Actor) => (actor.kind === "user" ? actor.userId : null);

type Cluster = Awaited<ReturnType<typeof setUpCluster>>;

/**
 * What the newer capabilities need for the matrix to act on real ids, built through their use cases as the
 * demo does: a meeting of the cluster (delegates of units 0–2 with their accounts, an agenda item, a speech
 * request, a vote not yet open), a task for all units with units[1]'s progress report, a reference document,
 * a report period (every unit's report a draft), a practice, a propaganda topic and an opinion report of
 * units[1], and the council's document settings and issuers.
 */
export async function setUpMatrixRecords(s: Cluster) {
  const { db, councilId, units } = s;
  const actor = s.admin.actor;
  const meetingId = (
    await createMeeting({
      db,
      actor,
      input: {
        clusterId: s.cluster.id,
        kind: "giao_ban",
        title: "Hội nghị giao ban Cụm thi đua",
        purpose: "Đánh giá kết quả năm, triển khai nhiệm vụ năm sau",
        startsAt: "2026-11-24T14:00:00+07:00",
        place: "TP Hạ Long",
        convenerOrgId: s.councilOrgId,
      },
    })
  ).id;
  const on = { db, actor, meetingId };
  const accounts = [s.head, s.editors[1]!, s.editors[2]!];
  const delegateIds: string[] = [];
  for (const [i, account] of accounts.entries()) {
    const input = {
      fullName: `Đại biểu ${units[i]!.code}`,
      post: "Trưởng ban",
      unitId: units[i]!.id,
      userId: userIdOf(account.actor),
    };
    delegateIds.push((await addDelegate({ ...on, input })).id);
  }
  const item = await addAgendaItem({ ...on, input: { title: "Thảo luận", plannedMinutes: 30 } });
  const speech = await requestSpeech({ ...on, input: { itemId: item.id, delegateId: delegateIds[1]! } });
  const vote = await createVote({
    ...on,
    input: {
      itemId: item.id,
      kind: "motion",
      secret: false,
      question: "Thông qua nhiệm vụ năm sau",
      threshold: { kind: "majorityOfValid" },
    },
  });
  // A draft of the minutes, whose content the matrix sends back (with a stale version) to edit or amend them.
  await draftMinutes(on);
  const minutes = (await getMinutes(on)).content;

  const doc = await createReferenceDocument({
    db,
    actor: system,
    input: {
      councilId,
      symbol: "Số 11-NQ/TU",
      issuingBody: "Tỉnh ủy Quảng Ninh",
      issuedOn: "2018-03-09",
      title: "Về xây dựng và phát triển văn hóa",
    },
  });
  const task = await createTask({
    db,
    actor: system,
    input: {
      clusterId: s.cluster.id,
      title: "Tuyên truyền Nghị quyết 11-NQ/TU",
      documentIds: [doc.id],
      assignTo: "all",
      startDate: "2026-01-01",
      deadline: "2026-12-31",
      cadence: "quarterly",
    },
  });
  const taskReport = await reportProgress({
    db,
    actor: s.editors[1]!.actor,
    taskId: task.id,
    now: new Date(),
    input: { unitId: units[1]!.id, percent: 25, text: "Hoàn thành 25% kế hoạch" },
  });

  const period = await openReportPeriod({
    db,
    actor: system,
    input: { clusterId: s.cluster.id, kind: "year", deadline: "2026-11-15" },
  });
  const reportOf = new Map(period.reports.map((r: { unitId: string; id: string }) => [r.unitId, r.id]));
  const practice = await createPractice({
    db,
    actor: system,
    input: {
      unitId: units[1]!.id,
      year: 2026,
      field: "Tuyên truyền",
      title: "Tủ sách pháp luật ở khu dân cư",
      problem: "Người dân ít tiếp cận văn bản",
      howItWorks: "Mỗi khu một tủ sách",
      results: "Hơn 200 lượt đọc mỗi tháng",
    },
  });
  const topic = await createTopic({
    db,
    actor: system,
    input: { councilId, year: 2026, title: "Phòng, chống dịch bệnh" },
  });
  const opinion = await createOpinionReport({
    db,
    actor: s.editors[1]!.actor,
    input: {
      unitId: units[1]!.id,
      periodStart: "2026-03-01",
      periodEnd: "2026-03-31",
      items: [{ topicId: topic.id, tone: "positive", summary: "Nhân dân đồng tình" }],
    },
  });
  await setDocumentSettings({
    db,
    actor: system,
    councilId,
    input: { layout: "party", partyTermStart: "2025-10-14", version: 1 },
  });
  for (const orgId of [s.councilOrgId, units[0]!.id, units[1]!.id])
    await setDocumentIssuer({
      db,
      actor: system,
      orgId,
      input: {
        superiorBody: "Tỉnh ủy Quảng Ninh",
        issuingBody: "Ban Tuyên giáo",
        symbol: "BTGTU",
        place: "Hạ Long",
      },
    });
  return {
    meetingId,
    delegateIds,
    itemId: item.id,
    minutes,
    speechId: speech.id,
    voteId: vote.id,
    referenceDocumentId: doc.id,
    taskId: task.id,
    taskReportId: taskReport.id,
    periodId: period.period.id as string,
    reportOf,
    practiceId: practice.id,
    topicId: topic.id,
    opinionReportId: opinion.id,
  };
}
