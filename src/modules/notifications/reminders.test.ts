import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { system } from "../../test-support/factories";
import { reportProgress } from "../tasks/report-progress";
import { makeTask, setUpTasks, type TaskSetup } from "../tasks/test-fixtures";
import { listNotifications, setReminderEmail } from "./list-notifications";
import { mailerFromEnv } from "./mailer";
import { runReminders } from "./run-reminders";

let database: Database;
let s: TaskSetup;
let taskId: string;
let sink: SMTPServer;
let port: number;
const received: { to: string[]; data: string }[] = [];

const at = (day: string) => new Date(`${day}T08:00:00+07:00`);

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpTasks(database.db);
  // Units 0 and 1, reports each quarter, due 31/12/2021.
  const task = await makeTask(database.db, s, {
    title: "Tuyên truyền bầu cử Quốc hội và HĐND các cấp",
    assignTo: [s.units[0]!.id, s.units[1]!.id],
    targets: {},
  });
  taskId = task.id;
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => {
        data += chunk.toString("utf8");
      });
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  port = (sink.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => sink?.close(() => resolve()));
  await database?.close();
});

const titlesOf = async (who: number) =>
  (await listNotifications({ db: database.db, actor: s.editors[who]!.actor })).items.map((n) => n.title);

describe("reminders with a controllable clock", () => {
  it("remind the unit that has not reported for the quarter just ended, once", async () => {
    await reportProgress({
      db: database.db,
      actor: system,
      taskId,
      now: at("2021-09-15"),
      input: { unitId: s.units[0]!.id, percent: 60, text: "Quý III" },
    });
    const first = await runReminders({ db: database.db, now: at("2021-10-05") });
    expect(first).toEqual({ created: 1, emailed: 0 });
    expect(await titlesOf(1)).toEqual(["Chưa báo cáo tiến độ: Tuyên truyền bầu cử Quốc hội và HĐND các cấp"]);
    expect(await titlesOf(0)).toEqual([]);
    const again = await runReminders({ db: database.db, now: at("2021-10-06") });
    expect(again).toEqual({ created: 0, emailed: 0 });
    const list = await listNotifications({ db: database.db, actor: s.editors[1]!.actor });
    expect(list.items[0]?.body).toBe("Đơn vị chưa gửi báo cáo tiến độ kỳ 01/07/2021 – 30/09/2021.");
    expect(list.unread).toBe(1);
  });

  it("say nothing in the middle of a quarter, long after it, or before the deadline week", async () => {
    expect(await runReminders({ db: database.db, now: at("2021-08-15") })).toEqual({
      created: 0,
      emailed: 0,
    });
    expect(await runReminders({ db: database.db, now: at("2021-12-23") })).toEqual({
      created: 0,
      emailed: 0,
    });
  });

  it("warn both units a week before the deadline, and e-mail the one with an address through SMTP", async () => {
    await setReminderEmail({ db: database.db, actor: s.editors[1]!.actor, email: "uongbi@example.vn" });
    const mailer = mailerFromEnv({
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(port),
      SMTP_FROM: "thidua@example.vn",
    });
    const result = await runReminders({ db: database.db, now: at("2021-12-24"), mailer });
    mailer?.close();
    expect(result).toEqual({ created: 2, emailed: 1 });
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(["uongbi@example.vn"]);
    expect(received[0]?.data).toContain("thidua@example.vn");
    expect((await titlesOf(0))[0]).toBe("Sắp đến hạn: Tuyên truyền bầu cử Quốc hội và HĐND các cấp");
    const again = await runReminders({ db: database.db, now: at("2021-12-25"), mailer: null });
    expect(again.created).toBe(0);
  });

  it("stop for a unit once it reports 100 %", async () => {
    await reportProgress({
      db: database.db,
      actor: system,
      taskId,
      now: at("2021-12-26"),
      input: { unitId: s.units[0]!.id, percent: 100, text: "Hoàn thành" },
    });
    // The deadline reminder has a key per deadline, so only new keys could fire: none for unit 0.
    const before = (await titlesOf(0)).length;
    await runReminders({ db: database.db, now: at("2022-01-05") });
    expect((await titlesOf(0)).length).toBe(before);
    expect((await titlesOf(1)).filter((t) => t.startsWith("Chưa báo cáo"))).toHaveLength(2);
  });

  it("are not configured for e-mail without SMTP_HOST", () => {
    expect(mailerFromEnv({})).toBeNull();
  });
});
