import type ExcelJS from "exceljs";
import { STATUS_NAMES_VI, type TaskStatus, todayInVietnam, weightedProgress } from "../../core/tasks/status";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { newWorkbook, printSetup, styleHeader, thinBorder, titleRow, toBytes } from "../exchange/xlsx";
import { loadCluster } from "./load-task";
import { assignmentsOf, reportsOf, type TaskRow, tasksOfClusters } from "./repo";
import { computeTaskState, type TaskState } from "./task-state";

export const FOLLOW_UP_HEADERS = [
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
] as const;
/** The header row; the rows above it hold the title, the cluster and the day the figures stand at. */
export const FOLLOW_UP_HEADER_ROW = 5;
const WIDTHS = [6, 52, 8, 11, 12, 11, 11, 13, 12, 13, 15, 10];
const DATE_FORMAT = "dd/mm/yyyy";
const STATUS_COLOUR: Partial<Record<TaskStatus, string>> = { overdue: "FFC00000", done: "FF2E7D32" };

/** A calendar day as Excel stores it (a date serial; UTC midnight so no time zone shifts it). */
const excelDate = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const shortDate = (iso: string) => iso.split("-").reverse().join("/");
const amountFormat = (n: number | null) => (n !== null && !Number.isInteger(n) ? "#,##0.00" : "#,##0");

function statusCell(cell: ExcelJS.Cell, status: TaskStatus): void {
  cell.value = STATUS_NAMES_VI[status];
  const argb = STATUS_COLOUR[status];
  if (argb) cell.font = { ...cell.font, bold: true, color: { argb } };
}

function taskRows(
  ws: ExcelJS.Worksheet,
  index: number,
  task: TaskRow,
  state: TaskState,
  unitName: (id: string) => string,
) {
  const head = ws.addRow([
    index,
    task.title,
    null,
    null,
    task.indicatorUnit ?? null,
    null,
    state.progress / 100,
    null,
    excelDate(task.startDate),
    excelDate(task.deadline),
    null,
    state.units.filter((u) => u.status === "overdue").length,
  ]);
  head.font = { bold: true };
  head.eachCell({ includeEmpty: true }, (cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F6FA" } };
  });
  statusCell(head.getCell(11), state.status);
  head.getCell(7).numFmt = "0.0%";
  for (const unit of state.units) {
    const row = ws.addRow([
      null,
      unitName(unit.unitId),
      unit.lead ? "x" : null,
      unit.target,
      task.indicatorUnit ?? null,
      unit.figure,
      unit.percent === null ? null : unit.percent / 100,
      excelDate(unit.lastReportedOn),
    ]);
    row.getCell(2).alignment = { indent: 2, wrapText: true, vertical: "top" };
    row.getCell(3).alignment = { horizontal: "center" };
    row.getCell(4).numFmt = amountFormat(unit.target);
    row.getCell(6).numFmt = amountFormat(unit.figure);
    row.getCell(7).numFmt = "0%";
    statusCell(row.getCell(11), unit.status);
  }
}

/**
 * The cluster's key tasks as a follow-up spreadsheet: each task (weight aside) with its progress, dates,
 * status and overdue units, then each assigned unit with lead, target, result, percentage, last report and
 * status — the states computed once, by computeTaskState, as on the tasks page. 404 outside the cluster.
 */
export async function taskFollowUpWorkbook(args: { db: Db; actor: Actor; clusterId: string; now: Date }) {
  const { cluster, units } = await loadCluster(args.db, args.actor, args.clusterId);
  const today = todayInVietnam(args.now);
  const tasks = await tasksOfClusters(args.db, [cluster.id]);
  const ids = tasks.map((t) => t.id);
  const [assignments, reports] = await Promise.all([assignmentsOf(args.db, ids), reportsOf(args.db, ids)]);
  const order = new Map(units.map((u, i) => [u.unitId, i]));
  const names = new Map(units.map((u) => [u.unitId, u.name]));
  const states = tasks.map((task) => {
    const state = computeTaskState(task, assignments, reports, today);
    state.units.sort((a, b) => (order.get(a.unitId) ?? 99) - (order.get(b.unitId) ?? 99));
    return { task, state };
  });

  const wb = await newWorkbook();
  const ws = wb.addWorksheet("Theo dõi nhiệm vụ", {
    views: [{ state: "frozen", xSplit: 2, ySplit: FOLLOW_UP_HEADER_ROW }],
  });
  const span = FOLLOW_UP_HEADERS.length;
  titleRow(ws, 1, `BẢNG THEO DÕI THỰC HIỆN NHIỆM VỤ TRỌNG TÂM NĂM ${cluster.year}`, span, 14);
  titleRow(ws, 2, cluster.name, span, 12);
  titleRow(ws, 3, `Số liệu đến ngày ${shortDate(today)}`, span, 11);
  ws.getCell(3, 1).font = { italic: true, size: 11 };
  const header = ws.getRow(FOLLOW_UP_HEADER_ROW);
  header.values = [...FOLLOW_UP_HEADERS];
  header.height = 32;
  styleHeader(header);
  if (states.length === 0) {
    const row = ws.addRow(["Cụm chưa có nhiệm vụ trọng tâm."]);
    ws.mergeCells(row.number, 1, row.number, span);
  }
  states.forEach(({ task, state }, i) => {
    taskRows(ws, i + 1, task, state, (id) => names.get(id) ?? "");
  });
  const total = ws.addRow([
    null,
    "Tiến độ chung của cụm (bình quân theo trọng số)",
    null,
    null,
    null,
    null,
    weightedProgress(states.map(({ task, state }) => ({ weight: task.weight, progress: state.progress }))) /
      100,
  ]);
  total.font = { bold: true };
  total.getCell(7).numFmt = "0.0%";

  for (let r = FOLLOW_UP_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= span; c++) {
      const cell = row.getCell(c);
      cell.border = thinBorder;
      if (c >= 8 && c <= 10) cell.numFmt = DATE_FORMAT;
      if (c === 2 && !cell.alignment) cell.alignment = { wrapText: true, vertical: "top" };
      if (c === 1 || c === 12) cell.alignment = { horizontal: "center", vertical: "top" };
    }
  }
  WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.autoFilter = {
    from: { row: FOLLOW_UP_HEADER_ROW, column: 1 },
    to: { row: FOLLOW_UP_HEADER_ROW, column: span },
  };
  printSetup(ws, FOLLOW_UP_HEADER_ROW, true);
  return {
    bytes: await toBytes(wb),
    filename: `Theo dõi nhiệm vụ năm ${cluster.year} - ${cluster.name}.xlsx`,
  };
}
