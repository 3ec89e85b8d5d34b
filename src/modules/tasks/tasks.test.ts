import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import type { Db } from "../../db/types";
import { system } from "../../test-support/factories";
import { createTask } from "./create-task";
import { getTask } from "./get-task";
import { listTasks } from "./list-tasks";
import { reportProgress } from "./report-progress";
import { setTaskPaused } from "./set-paused";
import { makeTask, setUpTasks, type TaskSetup } from "./test-fixtures";

let database: Database;
let db: Db;
let s: TaskSetup;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  s = await setUpTasks(db);
});
afterAll(async () => {
  await database?.close();
});

const at = (day: string) => new Date(`${day}T09:00:00+07:00`);
const report = (who: number, taskId: string, input: Record<string, unknown>, day = "2021-06-30") =>
  reportProgress({ db, actor: s.editors[who]!.actor, taskId, now: at(day), input });

async function issuesOf(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { status: number; issues?: { path: string; message: string }[] } | null;
  return { status: error?.status, paths: error?.issues?.map((i) => i.path) ?? [], error };
}

describe("creating a key task", () => {
  it("assigns all members with a lead unit and targets, and links the resolution its title names", async () => {
    const task = await makeTask(db, s);
    const view = await getTask({ db, actor: s.head.actor, taskId: task.id, now: at("2021-02-01") });
    expect(view.assignments).toHaveLength(6);
    expect(view.assignments.filter((a) => a.lead).map((a) => a.unit.name)).toEqual([
      "Ban Tuyên giáo Hạ Long",
    ]);
    expect(view.assignments.map((a) => a.target)).toEqual([12, 10, 8, null, null, null]);
    expect(view.documents.map((d) => d.symbol)).toEqual(["Số 11-NQ/TU"]);
    expect(view.mentions).toEqual([
      {
        field: "title",
        start: expect.any(Number),
        end: expect.any(Number),
        symbol: "11-NQ/TU",
        documentId: s.resolution.id,
      },
    ]);
    const [mention] = view.mentions;
    expect(view.title.slice(mention?.start, mention?.end)).toBe("11-NQ/TU");
    expect(view.status).toBe("not_started");
    expect(view.can).toEqual({ manage: true, reportFor: [] });
  });

  it("keeps the link to the meeting conclusion it came from", async () => {
    const task = await makeTask(db, s, { source: { kind: "meeting_conclusion", id: "conclusion-7" } });
    const view = await getTask({ db, actor: s.admin.actor, taskId: task.id, now: at("2021-02-01") });
    expect(view.source).toEqual({ kind: "meeting_conclusion", id: "conclusion-7" });
  });

  it("refuses a deadline before the start, outsiders, and targets or a lead outside the assignment, each located", async () => {
    expect(
      (await issuesOf(makeTask(db, s, { startDate: "2021-06-01", deadline: "2021-05-31" }))).paths,
    ).toEqual(["deadline"]);
    const some = { assignTo: [s.units[3]!.id, s.outsideUnit.id] };
    const bad = await issuesOf(makeTask(db, s, some));
    expect(bad.status).toBe(400);
    expect(bad.paths).toEqual(
      expect.arrayContaining([
        "assignTo[1]",
        "leadUnitId",
        `targets.${s.units[0]!.id}`,
        `targets.${s.units[1]!.id}`,
      ]),
    );
    expect(
      (await issuesOf(createTask({ db, actor: s.editors[0]!.actor, input: { clusterId: s.cluster.id } })))
        .status,
    ).toBe(400);
    const fine = {
      clusterId: s.cluster.id,
      title: "Tuyên truyền bầu cử",
      assignTo: "all",
      startDate: "2021-01-01",
      deadline: "2021-05-31",
      cadence: "monthly",
    };
    expect((await issuesOf(createTask({ db, actor: s.editors[0]!.actor, input: fine }))).status).toBe(403);
    expect((await issuesOf(createTask({ db, actor: s.foreignAdmin.actor, input: fine }))).status).toBe(404);
  });
});

describe("progress reports", () => {
  it("are taken from an assigned unit, audited, and shown in the timeline newest first", async () => {
    const task = await makeTask(db, s, { assignTo: s.units.slice(0, 3).map((u) => u.id) });
    await report(
      0,
      task.id,
      { unitId: s.units[0]!.id, percent: 25, figure: 3, text: "Quý I: 3 buổi" },
      "2021-03-31",
    );
    await report(
      0,
      task.id,
      { unitId: s.units[0]!.id, percent: 50, figure: 6, text: "Quý II: 6 buổi" },
      "2021-06-30",
    );
    const view = await getTask({ db, actor: s.editors[0]!.actor, taskId: task.id, now: at("2021-07-01") });
    expect(view.reports.map((r) => [r.reportedOn, r.percent, r.figure])).toEqual([
      ["2021-06-30", 50, 6],
      ["2021-03-31", 25, 3],
    ]);
    const mine = view.assignments.find((a) => a.unit.id === s.units[0]!.id);
    expect(mine).toMatchObject({ percent: 50, figure: 6, target: 12, status: "in_progress" });
    expect(view.can.reportFor).toEqual([s.units[0]!.id]);
    // Three units, 50 + 0 + 0.
    expect(view.progress).toBeCloseTo(16.7, 5);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, task.id), eq(auditLog.action, "report_progress")));
    expect(audits).toHaveLength(2);
  });

  it("refuses a percentage outside 0–100, a unit not assigned, another unit's report, a future date", async () => {
    const task = await makeTask(db, s, { assignTo: s.units.slice(0, 3).map((u) => u.id) });
    const ok = { unitId: s.units[0]!.id, percent: 10, text: "Đã triển khai" };
    expect((await issuesOf(report(0, task.id, { ...ok, percent: 101 }))).paths).toEqual(["percent"]);
    expect((await issuesOf(report(0, task.id, { ...ok, percent: -1 }))).paths).toEqual(["percent"]);
    const notAssigned = await issuesOf(report(4, task.id, { ...ok, unitId: s.units[4]!.id }));
    expect(notAssigned.status).toBe(400);
    expect(notAssigned.error?.issues).toEqual([
      { path: "unitId", message: "Ban Tuyên giáo Cẩm Phả không được giao nhiệm vụ này" },
    ]);
    expect((await issuesOf(report(0, task.id, { ...ok, unitId: s.units[1]!.id }))).status).toBe(403);
    expect((await issuesOf(report(0, task.id, { ...ok, reportedOn: "2021-07-01" }))).paths).toEqual([
      "reportedOn",
    ]);
    expect((await issuesOf(report(0, task.id, { ...ok, text: "a\u0000b" }))).paths).toEqual(["text"]);
    const outsider = reportProgress({
      db,
      actor: s.outsider.actor,
      taskId: task.id,
      now: at("2021-06-30"),
      input: ok,
    });
    expect((await issuesOf(outsider)).status).toBe(404);
    const observer = reportProgress({
      db,
      actor: s.observer.actor,
      taskId: task.id,
      now: at("2021-06-30"),
      input: ok,
    });
    expect((await issuesOf(observer)).status).toBe(403);
  });
});

describe("status from the clock", () => {
  it("turns overdue after the deadline for the unit that has not finished, and done once it has", async () => {
    const task = await makeTask(db, s, {
      assignTo: [s.units[0]!.id, s.units[5]!.id],
      leadUnitId: undefined,
      targets: {},
    });
    await report(0, task.id, { unitId: s.units[0]!.id, percent: 100, text: "Hoàn thành" }, "2021-12-20");
    await report(5, task.id, { unitId: s.units[5]!.id, percent: 60, text: "Đang làm" }, "2021-12-20");
    const before = await getTask({ db, actor: s.head.actor, taskId: task.id, now: at("2021-12-31") });
    expect(before.status).toBe("in_progress");
    const after = await getTask({ db, actor: s.head.actor, taskId: task.id, now: at("2022-01-01") });
    expect(after.status).toBe("overdue");
    expect(after.assignments.map((a) => a.status)).toEqual(["done", "overdue"]);
    expect(after.overdueUnits).toBe(1);
    await report(5, task.id, { unitId: s.units[5]!.id, percent: 100, text: "Xong, muộn" }, "2022-01-03");
    const late = await getTask({ db, actor: s.head.actor, taskId: task.id, now: at("2022-01-05") });
    expect(late.status).toBe("done");
  });

  it("rolls the cluster's progress up weighted by each task's weight", async () => {
    // A council of its own, so the other tests' tasks do not count.
    const t = await setUpTasks(db);
    const own = { db };
    const heavy = await makeTask(own.db, t, {
      assignTo: [t.units[0]!.id, t.units[1]!.id],
      targets: {},
      weight: 2,
    });
    const light = await makeTask(own.db, t, {
      assignTo: [t.units[2]!.id],
      leadUnitId: undefined,
      targets: {},
      weight: 1,
    });
    const input = (unit: number, percent: number) => ({
      unitId: t.units[unit]!.id,
      percent,
      text: "Tiến độ",
    });
    const now = at("2021-06-30");
    await reportProgress({ db: own.db, actor: system, taskId: heavy.id, now, input: input(0, 100) });
    await reportProgress({ db: own.db, actor: system, taskId: heavy.id, now, input: input(1, 50) });
    await reportProgress({ db: own.db, actor: system, taskId: light.id, now, input: input(2, 30) });
    const list = await listTasks({ db: own.db, actor: t.head.actor, now, clusterId: t.cluster.id });
    expect(list.tasks.map((x) => x.progress)).toEqual([75, 30]);
    // (2 × 75 + 1 × 30) / 3 = 60
    expect(list.clusters).toEqual([expect.objectContaining({ progress: 60, canManage: true })]);
  });

  it("is paused only by a manager, refuses reports while paused, and refuses a stale version", async () => {
    const task = await makeTask(db, s);
    const paused = setTaskPaused({
      db,
      actor: s.editors[0]!.actor,
      taskId: task.id,
      input: { version: 1, paused: true },
    });
    expect((await issuesOf(paused)).status).toBe(403);
    await setTaskPaused({ db, actor: s.head.actor, taskId: task.id, input: { version: 1, paused: true } });
    const stale = setTaskPaused({
      db,
      actor: s.admin.actor,
      taskId: task.id,
      input: { version: 1, paused: false },
    });
    expect((await issuesOf(stale)).status).toBe(409);
    const view = await getTask({ db, actor: s.head.actor, taskId: task.id, now: at("2022-03-01") });
    expect(view.status).toBe("paused");
    const refused = report(0, task.id, { unitId: s.units[0]!.id, percent: 10, text: "Báo cáo" });
    expect((await issuesOf(refused)).status).toBe(409);
  });
});
