import type { Db } from "../db/types";
import { type Actor, systemActor } from "../modules/auth/actor";
import { recordReplication } from "../modules/practices/record-replication";
import { createPractice } from "../modules/practices/save-practice";
import { createOpinionReport } from "../modules/propaganda/opinions";
import { createTopic, logActivity } from "../modules/propaganda/topics";
import { moveReport } from "../modules/reports/move-report";
import { openReportPeriod } from "../modules/reports/open-period";
import { saveReport } from "../modules/reports/save-report";
import { demoPractices } from "./demo-practices";
import { sectionsFor, unitReports } from "./demo-reports-content";

type Ids = { councilId: string; unitIds: Map<string, string>; head: Actor; editors: Map<string, Actor> };

/**
 * The 2020 year's reports (five accepted, Móng Cái's awaiting the head), a dozen good practices from them
 * with some adopted elsewhere in 2021, the year's propaganda topics with activities, and public-opinion
 * reports — through the same use cases as users.
 */
export async function createDemoReports(db: Db, clusterId: string, ids: Ids): Promise<void> {
  const system = systemActor("demo");
  const unitId = (code: string) => ids.unitIds.get(code) as string;
  const { reports } = await openReportPeriod({
    db,
    actor: ids.head,
    input: { clusterId, kind: "year", deadline: "2020-11-15" },
  });
  const reportOf = new Map(reports.map((r) => [r.unitId, r.id]));
  for (const [i, u] of unitReports.entries()) {
    const reportId = reportOf.get(unitId(u.code)) as string;
    const editor = ids.editors.get(u.code) as Actor;
    await saveReport({ db, actor: editor, reportId, input: { version: 1, sections: sectionsFor(u) } });
    await moveReport({
      db,
      actor: system,
      reportId,
      move: "submit",
      input: { version: 2 },
      on: `2020-11-${10 + i}`,
    });
    if (u.code !== "MC")
      await moveReport({ db, actor: ids.head, reportId, move: "accept", input: { version: 3 } });
  }
  for (const p of demoPractices) {
    const reportId = reportOf.get(unitId(p.unit)) ?? null;
    const { adoptedBy, unit, figures, ...rest } = p;
    const row = await createPractice({
      db,
      actor: system,
      input: { ...rest, unitId: unitId(unit), year: 2020, figures: figures.map((f) => ({ ...f })), reportId },
    });
    for (const a of adoptedBy) {
      await recordReplication({
        db,
        actor: ids.editors.get(a.unit) as Actor,
        practiceId: row.id,
        input: { unitId: unitId(a.unit), adoptedOn: a.on, result: a.result },
      });
    }
  }
  await createTopics(db, ids);
}

const TOPICS = [
  {
    title: "Chủ đề công tác năm 2020 và các hoạt động, sự kiện lớn của tỉnh",
    description: "Tuyên truyền chủ đề công tác năm của tỉnh và các sự kiện chính trị, văn hóa lớn trong năm.",
  },
  {
    title: "Phòng, chống dịch bệnh Covid-19",
    description:
      "Thông tin kịp thời, chính xác về tình hình dịch và các biện pháp phòng, chống của Trung ương và tỉnh.",
  },
  {
    title: "Đại hội Đảng bộ các cấp và Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    description: "Tuyên truyền trước, trong và sau Đại hội; đấu tranh với thông tin sai trái về Đại hội.",
  },
];

async function createTopics(db: Db, ids: Ids) {
  const admin = systemActor("demo");
  const topicIds: string[] = [];
  for (const t of TOPICS) {
    topicIds.push(
      (await createTopic({ db, actor: admin, input: { councilId: ids.councilId, year: 2020, ...t } })).id,
    );
  }
  for (const [i, u] of unitReports.entries()) {
    const actor = ids.editors.get(u.code) as Actor;
    const unitId = ids.unitIds.get(u.code) as string;
    const log = (topic: number, input: Record<string, unknown>) =>
      logActivity({ db, actor, topicId: topicIds[topic] as string, input: { unitId, ...input } });
    await log(1, {
      kind: "article",
      heldOn: "2020-04-10",
      title: "Tin, bài phòng, chống dịch trên cổng thông tin",
      quantity: 40 + i * 7,
    });
    await log(1, {
      kind: "banner",
      heldOn: "2020-03-20",
      title: "Băng rôn, pa-nô phòng, chống dịch",
      quantity: 25 + i * 3,
    });
    await log(2, {
      kind: "conference",
      heldOn: "2020-08-15",
      title: `Hội nghị tuyên truyền Đại hội Đảng bộ ${u.place}`,
      quantity: 1,
      participants: 180 + i * 20,
    });
    await log(0, {
      kind: "article",
      heldOn: "2020-06-01",
      title: "Tin, bài về chủ đề công tác năm",
      quantity: 15 + i * 2,
    });
  }
  const opinions = [
    {
      unit: "HL",
      start: "2020-03-01",
      end: "2020-03-31",
      tone: "concerned",
      topic: 1,
      summary: "Người dân lo lắng khi dịch bùng phát, đồng thời đồng tình với việc tạm dừng lễ hội.",
    },
    {
      unit: "UB",
      start: "2020-04-01",
      end: "2020-04-30",
      tone: "positive",
      topic: 1,
      summary: "Nhân dân đồng tình, chấp hành nghiêm giãn cách xã hội.",
    },
    {
      unit: "DT",
      start: "2020-08-01",
      end: "2020-08-31",
      tone: "positive",
      topic: 2,
      summary: "Cán bộ, đảng viên phấn khởi, tin tưởng vào công tác chuẩn bị Đại hội Đảng bộ thị xã.",
    },
    {
      unit: "MC",
      start: "2020-10-01",
      end: "2020-10-31",
      tone: "mixed",
      topic: 2,
      summary: "Đa số tin tưởng; một số ý kiến băn khoăn về công tác cán bộ ở cơ sở.",
    },
  ] as const;
  for (const o of opinions) {
    await createOpinionReport({
      db,
      actor: ids.editors.get(o.unit) as Actor,
      input: {
        unitId: ids.unitIds.get(o.unit),
        periodStart: o.start,
        periodEnd: o.end,
        items: [{ topicId: topicIds[o.topic], tone: o.tone, summary: o.summary }],
        notable: "Một số thông tin chưa kiểm chứng lan truyền trên mạng xã hội đã được định hướng kịp thời.",
        recommendations: "Tiếp tục cung cấp thông tin chính thống, kịp thời để định hướng dư luận.",
      },
    });
  }
}
