import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { makeTask, setUpTasks, type TaskSetup } from "../tasks/test-fixtures";
import { latestNotifications } from "./latest-notifications";
import { listNotifications, markNotificationRead } from "./list-notifications";
import { runReminders } from "./run-reminders";

// The header's bell: the unread count and the five latest, read without loading the whole list.

let database: Database;
let s: TaskSetup;
const at = (day: string) => new Date(`${day}T08:00:00+07:00`);

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpTasks(database.db);
  for (const title of ["Tuyên truyền bầu cử", "Kỷ niệm các ngày lễ lớn"])
    await makeTask(database.db, s, {
      title,
      assignTo: [s.units[1]!.id],
      leadUnitId: s.units[1]!.id,
      targets: {},
    });
});
afterAll(async () => {
  await database?.close();
});

describe("the notification bell", () => {
  it("counts the unread and shows the five latest of Uông Bí's eight reminders, newest first", async () => {
    // Neither task is ever reported on: each quarter's end brings one reminder per task, and the deadline week one more.
    const created = [];
    for (const day of ["2021-04-05", "2021-07-05", "2021-10-05", "2021-12-24"])
      created.push((await runReminders({ db: database.db, now: at(day) })).created);
    expect(created).toEqual([2, 2, 2, 2]);
    const actor = s.editors[1]!.actor;
    const bell = await latestNotifications({ db: database.db, actor });
    expect(bell.unread).toBe(8);
    expect(bell.items).toHaveLength(5);
    const all = await listNotifications({ db: database.db, actor });
    expect(bell.items.map((n) => n.id)).toEqual(all.items.slice(0, 5).map((n) => n.id));
    expect(bell.items.slice(0, 2).map((n) => n.title.split(":")[0])).toEqual(["Sắp đến hạn", "Sắp đến hạn"]);

    await markNotificationRead({ db: database.db, actor, id: bell.items[0]!.id });
    const after = await latestNotifications({ db: database.db, actor });
    expect(after.unread).toBe(7);
    expect(after.items[0]?.readAt).not.toBeNull();
    // Another unit's staff have none.
    expect(await latestNotifications({ db: database.db, actor: s.editors[2]!.actor })).toEqual({
      unread: 0,
      items: [],
    });
  });
});
