import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/open";
import { openTestDatabase } from "../db/testing";
import { systemActor } from "../modules/auth/actor";
import { getTask } from "../modules/tasks/get-task";
import { listTasks } from "../modules/tasks/list-tasks";
import { createDemo } from "./create-demo";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  await createDemo(database.db);
}, 240_000);
afterAll(async () => {
  await database?.close();
});

describe("the demo's 2021 key tasks", () => {
  it("follows the seed's three tasks through 2021, with Móng Cái late on Resolution 11-NQ/TU", async () => {
    const actor = systemActor("test");
    const list = await listTasks({
      db: database.db,
      actor,
      now: new Date("2022-01-10T00:00:00Z"),
      year: 2021,
    });
    expect(list.tasks.map((t) => [t.status, t.progress, t.overdueUnits])).toEqual([
      ["done", 100, 0],
      ["done", 100, 0],
      ["overdue", 95, 1],
    ]);
    // (3 × 100 + 3 × 100 + 4 × 95) / 10
    expect(list.clusters[0]?.progress).toBe(98);
    const late = list.tasks[2]!;
    const view = await getTask({
      db: database.db,
      actor,
      taskId: late.id,
      now: new Date("2022-01-10T00:00:00Z"),
    });
    expect(view.documents.map((d) => d.symbol)).toEqual(["Số 11-NQ/TU"]);
    expect(view.assignments.filter((a) => a.status === "overdue").map((a) => a.unit.name)).toEqual([
      "Ban Tuyên giáo Thành ủy Móng Cái",
    ]);
    expect(view.reports).toHaveLength(24);
  });
});
