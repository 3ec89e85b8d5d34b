import type { Db } from "../db/types";
import { type Actor, systemActor } from "../modules/auth/actor";
import { runReminders } from "../modules/notifications/run-reminders";
import { createReferenceDocument } from "../modules/reference-documents/create-reference-document";
import { createTask } from "../modules/tasks/create-task";
import { reportProgress } from "../modules/tasks/report-progress";
import * as seed from "./seed-data";

// The key tasks the conference of 24 November 2020 agreed for 2021, the documents they carry out, and each
// unit's progress at mid-year and year end. Móng Cái falls behind on Resolution 11-NQ/TU and ends the year late.

const CONCLUSION =
  "Theo kết luận Hội nghị giao ban Cụm thi đua Ban Tuyên giáo các thị ủy, thành ủy ngày 24/11/2020.";

const documents = [
  {
    symbol: "Số 11-NQ/TU",
    issuingBody: "Tỉnh ủy Quảng Ninh",
    issuedOn: "2018-03-09",
    title: "Về xây dựng và phát triển văn hóa, con người Quảng Ninh đáp ứng yêu cầu phát triển bền vững",
  },
  {
    symbol: "Số 05-CT/TW",
    issuingBody: "Bộ Chính trị",
    issuedOn: "2016-05-15",
    title: "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
  },
  {
    symbol: "Số 45-CT/TW",
    issuingBody: "Bộ Chính trị",
    issuedOn: "2020-06-20",
    title:
      "Về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026",
  },
  {
    symbol: "Số 36-HD/VPTW",
    issuingBody: "Văn phòng Trung ương Đảng",
    issuedOn: "2018-04-03",
    title: "Hướng dẫn thể thức và kỹ thuật trình bày văn bản của Đảng",
  },
  {
    symbol: "Số: 30/2020/NĐ-CP",
    issuingBody: "Chính phủ",
    issuedOn: "2020-03-05",
    title: "Về công tác văn thư",
  },
];

type DemoTask = {
  title: string;
  indicator?: string;
  indicatorUnit?: string;
  /** Per unit code; figures reported are the target times the percentage. */
  targets?: Record<string, number>;
  weight: number;
  documents: string[];
};

const tasks: DemoTask[] = [
  {
    title:
      "Đổi mới nội dung, hình thức nâng cao chất lượng học tập, quán triệt các chỉ thị, nghị quyết của Đảng, gắn với thực hiện Chỉ thị 05-CT/TW",
    indicator: "Số hội nghị học tập, quán triệt",
    indicatorUnit: "hội nghị",
    targets: { HL: 12, UB: 10, QY: 8, DT: 8, CP: 10, MC: 8 },
    weight: 3,
    documents: ["05-CT/TW"],
  },
  {
    title:
      "Tuyên truyền về Đại hội Đảng toàn quốc lần thứ XIII, bầu cử Quốc hội và HĐND các cấp nhiệm kỳ 2021-2026, các hoạt động kỷ niệm lớn trong năm 2021",
    indicator: "Số tin, bài, chuyên mục",
    indicatorUnit: "tin, bài",
    targets: { HL: 150, UB: 120, QY: 100, DT: 100, CP: 120, MC: 100 },
    weight: 3,
    documents: ["45-CT/TW"],
  },
  {
    title:
      "Tiếp tục tham mưu, triển khai thực hiện Nghị quyết số 11-NQ/TU ngày 9/3/2018 về “Xây dựng và phát triển văn hóa, con người Quảng Ninh đáp ứng yêu cầu phát triển bền vững”",
    weight: 4,
    documents: ["11-NQ/TU"],
  },
];

// Reports at the mid-year briefing (sơ kết 6 tháng) and at the year end.
const HALVES = ["2021-06-30", "2021-12-20"];
const ON_TRACK = [50, 100];
const LATE = [40, 70];
const LATE_UNIT = "MC";
const LATE_TASK = 2;
const REMINDER_DAY = "2021-12-24T08:00:00+07:00";

/**
 * Registers the documents, creates the 2021 tasks for all six units, plays each unit's reports through 2021,
 * and delivers the reminders of 24/12/2021.
 */
export async function createDemoTasks(
  db: Db,
  args: { councilId: string; clusterId: string; unitIds: Map<string, string>; editors: Map<string, Actor> },
) {
  const actor = systemActor("demo");
  const docIds = new Map<string, string>();
  for (const d of documents) {
    const doc = await createReferenceDocument({
      db,
      actor,
      input: { councilId: args.councilId, ...d, validFrom: d.issuedOn },
    });
    docIds.set(doc.canonicalSymbol ?? d.symbol, doc.id);
  }
  const unitId = (code: string) => args.unitIds.get(code) as string;
  for (const [index, t] of tasks.entries()) {
    const task = await createTask({
      db,
      actor,
      input: {
        clusterId: args.clusterId,
        title: t.title,
        description: CONCLUSION,
        documentIds: t.documents.map((s) => docIds.get(s) as string),
        assignTo: "all",
        leadUnitId: unitId(seed.cluster.head),
        indicator: t.indicator,
        indicatorUnit: t.indicatorUnit,
        targets: Object.fromEntries(Object.entries(t.targets ?? {}).map(([code, n]) => [unitId(code), n])),
        weight: t.weight,
        startDate: "2021-01-01",
        deadline: "2021-12-31",
        cadence: "half_yearly",
      },
    });
    for (const u of seed.units) {
      const percents = u.code === LATE_UNIT && index === LATE_TASK ? LATE : ON_TRACK;
      const editor = args.editors.get(u.code) ?? actor;
      for (const [q, day] of HALVES.entries()) {
        const percent = percents[q] as number;
        const target = t.targets?.[u.code];
        const figure = target === undefined ? null : Math.round((target * percent) / 100);
        await reportProgress({
          db,
          actor: editor,
          taskId: task.id,
          now: new Date(`${day}T16:00:00+07:00`),
          input: {
            unitId: unitId(u.code),
            reportedOn: day,
            percent,
            figure,
            text: reportText(u.place, q, percent, figure, t.indicatorUnit),
          },
        });
      }
    }
  }
  // A week before the deadline the reminder fires: Móng Cái's editors find it among their notifications.
  await runReminders({ db, now: new Date(REMINDER_DAY), mailer: null });
}

function reportText(place: string, half: number, percent: number, figure: number | null, unit?: string) {
  const done = figure === null || !unit ? "" : ` Đã thực hiện ${figure} ${unit}.`;
  const period = half === 0 ? "6 tháng đầu năm 2021" : "năm 2021";
  return `Ban Tuyên giáo ${place} báo cáo kết quả ${period}: hoàn thành ${percent}% kế hoạch.${done}`;
}
