import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { closeLiveBus } from "./live/bus";
import { setUpMeeting } from "./test-fixtures";

// Replies to invitations and attendance carry the delegate's version: the second of two people working from
// the same page hears 409 instead of overwriting the first one's entry.

let database: Database;
let app: App;
let s: Awaited<ReturnType<typeof setUpMeeting>>;
let admin: Session;
let voter: Session;

type Delegate = {
  id: string;
  version: number;
  invitation: string;
  attendance: string;
  absenceReason: string | null;
};
const delegate = async (id: string) => {
  const res = await call(app, admin, "GET", `/api/meetings/${s.meeting.id}`);
  return ((await res.json()) as { data: { delegates: Delegate[] } }).data.delegates.find((d) => d.id === id);
};

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, databaseKind: database.kind });
  s = await setUpMeeting(database.db);
  admin = await signIn(app, s.admin.username, TEST_PASSWORD);
  const v = s.voters[0];
  voter = await signIn(app, v?.kind === "user" ? v.username : "", TEST_PASSWORD);
});
afterAll(async () => {
  await closeLiveBus(database.db);
  await database?.close();
});

describe("replies and attendance with a version", () => {
  it("refuses a reply sent from a stale page, and keeps the first", async () => {
    const d = s.delegates[0]!;
    const path = `/api/meetings/${s.meeting.id}/delegates/${d.id}/reply`;
    expect((await delegate(d.id))?.version).toBe(1);
    expect((await call(app, voter, "POST", path, { reply: "accepted", version: 1 })).status).toBe(200);
    const stale = await call(app, admin, "POST", path, { reply: "declined", version: 1 });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { message: string }).message).toContain("Đại biểu 1");
    expect(await delegate(d.id)).toMatchObject({ invitation: "accepted", version: 2 });
  });

  it("refuses attendance taken on a stale page; without a version the entry is simply recorded", async () => {
    const d = s.delegates[1]!;
    const path = `/api/meetings/${s.meeting.id}/delegates/${d.id}/attendance`;
    const absent = { attendance: "absent", absenceReason: "Đi công tác", version: 1 };
    expect((await call(app, admin, "PUT", path, absent)).status).toBe(200);
    expect((await call(app, admin, "PUT", path, { attendance: "present", version: 1 })).status).toBe(409);
    expect(await delegate(d.id)).toMatchObject({
      attendance: "absent",
      absenceReason: "Đi công tác",
      version: 2,
    });
    expect((await call(app, admin, "PUT", path, { attendance: "present" })).status).toBe(200);
    expect(await delegate(d.id)).toMatchObject({ attendance: "present", version: 3 });
    const badVersion = await call(app, admin, "PUT", path, { attendance: "present", version: "x" });
    expect(badVersion.status).toBe(400);
  });
});
