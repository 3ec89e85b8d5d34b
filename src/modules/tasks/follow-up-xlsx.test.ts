import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { system, TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { FOLLOW_UP_HEADER_ROW, taskFollowUpWorkbook } from "./follow-up-xlsx";
import { reportProgress } from "./report-progress";
import { makeTask, setUpTasks, type TaskSetup, UNIT_NAMES } from "./test-fixtures";

let database: Database;
let app: App;
let s: TaskSetup;
let editor: Session;
let foreign: Session;

// 15 October 2021 in Viet Nam: the first task's deadline (30/9) has passed, the second's has not.
const NOW = new Date("2021-10-15T03:00:00Z");

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  app = createApp({ db, databaseKind: database.kind });
  s = await setUpTasks(db);
  const late = await makeTask(db, s, { deadline: "2021-09-30", weight: 3 });
  await makeTask(db, s, {
    title: "Nâng cao chất lượng nắm bắt dư luận xã hội",
    assignTo: [s.units[1]!.id, s.units[3]!.id],
    leadUnitId: s.units[3]!.id,
    targets: { [s.units[1]!.id]: 4.5 },
    indicatorUnit: "đợt",
    weight: 1,
  });
  const report = (unit: number, percent: number, figure: number | null, reportedOn: string) =>
    reportProgress({
      db,
      actor: system,
      taskId: late.id,
      now: NOW,
      input: {
        unitId: s.units[unit]!.id,
        reportedOn,
        percent,
        figure,
        text: "Đã tổ chức các buổi tuyên truyền.",
      },
    });
  await report(0, 100, 12, "2021-09-20");
  await report(1, 40, 4, "2021-06-30");
  await report(1, 70, 7, "2021-09-28");
  editor = await signIn(app, s.editors[5]!.username, TEST_PASSWORD);
  foreign = await signIn(app, s.foreignAdmin.username, TEST_PASSWORD);
});
afterAll(async () => {
  await database?.close();
});

async function sheetOf(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error("no sheet");
  return ws;
}

const rowText = (ws: ExcelJS.Worksheet, r: number) =>
  (ws.getRow(r).values as unknown[])
    .slice(1)
    .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));

describe("the task follow-up spreadsheet", () => {
  it("lists each task with its units: lead, target, result, latest percentage, last report, status, overdue", async () => {
    const { bytes } = await taskFollowUpWorkbook({
      db: database.db,
      actor: system,
      clusterId: s.cluster.id,
      now: NOW,
    });
    const ws = await sheetOf(bytes);
    expect(ws.getCell("A1").value).toBe("BẢNG THEO DÕI THỰC HIỆN NHIỆM VỤ TRỌNG TÂM NĂM 2021");
    expect(ws.getCell("A3").value).toBe("Số liệu đến ngày 15/10/2021");
    expect(ws.getCell("A1").isMerged && ws.getCell("L1").isMerged).toBe(true);
    expect(ws.getCell("L1").master.address).toBe("A1");
    const h = FOLLOW_UP_HEADER_ROW;
    expect(rowText(ws, h)).toEqual([
      "STT",
      "Nhiệm vụ / đơn vị thực hiện",
      "Chủ trì",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Kết quả",
      "Tỷ lệ hoàn thành",
      "Báo cáo gần nhất",
      "Ngày bắt đầu",
      "Hạn hoàn thành",
      "Trạng thái",
      "Số đơn vị quá hạn",
    ]);
    // Task 1: six units, Hạ Long done (100), Uông Bí's latest 70 (not its earlier 40), four with nothing:
    // progress (100 + 70) / 6 = 28.3 %; past its deadline, so overdue, with the five unfinished units overdue.
    const task = ws.getRow(h + 1);
    expect(task.getCell(1).value).toBe(1);
    expect(task.getCell(2).value).toBe("Tiếp tục triển khai thực hiện Nghị quyết số 11-NQ/TU ngày 9/3/2018");
    expect(task.getCell(7).value).toBeCloseTo(0.283, 5);
    expect(task.getCell(7).numFmt).toBe("0.0%");
    expect((task.getCell(10).value as Date).toISOString().slice(0, 10)).toBe("2021-09-30");
    expect(task.getCell(10).numFmt).toBe("dd/mm/yyyy");
    expect(task.getCell(11).value).toBe("Quá hạn");
    expect(task.getCell(12).value).toBe(5);
    expect(task.font?.bold).toBe(true);
    expect(rowText(ws, h + 2)).toEqual([
      undefined,
      UNIT_NAMES[0],
      "x",
      12,
      "buổi",
      12,
      1,
      "2021-09-20",
      undefined,
      undefined,
      "Hoàn thành",
    ]);
    expect(rowText(ws, h + 3).slice(1, 8)).toEqual([
      UNIT_NAMES[1],
      undefined,
      10,
      "buổi",
      7,
      0.7,
      "2021-09-28",
    ]);
    expect(ws.getRow(h + 3).getCell(11).value).toBe("Quá hạn");
    expect(ws.getRow(h + 3).getCell(7).numFmt).toBe("0%");
    expect(rowText(ws, h + 7)[1]).toBe(UNIT_NAMES[5]);
    // Task 2 after task 1's six unit rows: two units, target 4.5 shown with decimals, not yet due.
    const second = ws.getRow(h + 8);
    expect(second.getCell(1).value).toBe(2);
    expect(second.getCell(11).value).toBe("Chưa bắt đầu");
    expect(rowText(ws, h + 9).slice(1, 4)).toEqual([UNIT_NAMES[1], undefined, 4.5]);
    expect(ws.getRow(h + 9).getCell(4).numFmt).toBe("#,##0.00");
    expect(rowText(ws, h + 10).slice(1, 3)).toEqual([UNIT_NAMES[3], "x"]);
    // The cluster's progress weighted 3:1: (3 × 28.3 + 1 × 0) / 4 = 21.2 %.
    const total = ws.getRow(h + 11);
    expect(total.getCell(2).value).toBe("Tiến độ chung của cụm (bình quân theo trọng số)");
    expect(total.getCell(7).value).toBeCloseTo(0.212, 5);
    expect(ws.getColumn(2).width).toBe(52);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: h });
    expect(ws.pageSetup.orientation).toBe("landscape");
  });

  it("downloads for a member of the cluster, is hidden from another council, and is in the OpenAPI document", async () => {
    const res = await call(app, editor, "GET", `/api/clusters/${s.cluster.id}/tasks.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(res.headers.get("content-disposition")).toContain("attachment");
    const ws = await sheetOf(new Uint8Array(await res.arrayBuffer()));
    expect(ws.getCell("A2").value).toBe("Cụm thi đua CUM1");
    expect((await call(app, foreign, "GET", `/api/clusters/${s.cluster.id}/tasks.xlsx`)).status).toBe(404);
    expect((await call(app, null, "GET", `/api/clusters/${s.cluster.id}/tasks.xlsx`)).status).toBe(401);
    const spec = (await (await app.request("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(spec.paths)).toContain("/api/clusters/{id}/tasks.xlsx");
  });
});
