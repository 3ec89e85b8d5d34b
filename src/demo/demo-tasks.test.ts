import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/open";
import { openDemoTestDatabase } from "../db/testing";
import { systemActor } from "../modules/auth/actor";
import { listNotifications } from "../modules/notifications/list-notifications";
import { getTask } from "../modules/tasks/get-task";
import { listTasks } from "../modules/tasks/list-tasks";

let database: Database;

beforeAll(async () => {
  // The demo as createDemo() makes it, built once per run (src/db/testing.ts).
  database = await openDemoTestDatabase();
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
    expect(view.reports).toHaveLength(12);
  });

  it("reminds Móng Cái a week before the deadline, and no unit that had finished", async () => {
    const users = await database.db.query.users.findMany();
    const byName = new Map(users.map((u) => [u.username, u]));
    const inbox = async (username: string) => {
      const u = byName.get(username);
      if (!u) throw new Error(username);
      return listNotifications({
        db: database.db,
        actor: { kind: "user", userId: u.id, username, displayName: u.displayName, grants: [] },
      });
    };
    const late = await inbox("mongcai");
    expect(late.items.map((n) => n.kind)).toEqual(["deadline"]);
    expect(late.items[0]?.title).toMatch(
      /^Sắp đến hạn: Tiếp tục tham mưu, triển khai thực hiện Nghị quyết số 11-NQ\/TU/,
    );
    expect(late.items[0]?.body).toBe("Nhiệm vụ hết hạn ngày 31/12/2021 (còn 7 ngày); đơn vị đã báo cáo 70%.");
    expect((await inbox("uongbi")).items).toEqual([]);
  });
});
