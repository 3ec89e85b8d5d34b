import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { grant, makeUser, system, TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import type { Actor } from "../auth/actor";
import { addPerson } from "../people/add-person";
import { assignPosition } from "../people/assign-position";
import { endMeeting } from "./agenda";
import { closeLiveBus } from "./live/bus";
import { linkPersonToAccount } from "./meeting-accounts";
import { setUpMeeting } from "./test-fixtures";

// Chair and secretary with their own accounts: linked when convened (automatically for a person of the register
// who has one), changed afterwards with the meeting's details, and the accounts a manager may choose from.

let database: Database;
let app: App;
let s: Awaited<ReturnType<typeof setUpMeeting>>;
let sessions: Record<"admin" | "head" | "voter" | "outsider" | "foreign", Session>;
let chairAccount: { username: string; actor: Actor };
let secretaryAccount: { username: string; actor: Actor };
let registered: string;

type Delegate = { id: string; fullName: string; userId: string | null; version: number; invitation: string };
type View = {
  data: {
    meeting: {
      id: string;
      version: number;
      title: string;
      place: string;
      startsAt: string;
      chairDelegateId: string | null;
      secretaryDelegateId: string | null;
    };
    delegates: Delegate[];
    can: { approveAsChair: boolean; approveAsSecretary: boolean; manage: boolean };
  };
};
const idOf = (a: { actor: Actor }) => (a.actor.kind === "user" ? a.actor.userId : "");
const body = async (r: Response) => (await r.json()) as View;
const officer = (v: View, role: "chair" | "secretary") =>
  v.data.delegates.find((d) => d.id === v.data.meeting[`${role}DelegateId`]);

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, databaseKind: database.kind });
  s = await setUpMeeting(database.db);
  chairAccount = await makeUser(database.db, [grant("observer", s.councilId)]);
  secretaryAccount = await makeUser(database.db, [grant("observer", s.councilId)]);
  const person = await addPerson({
    db: database.db,
    actor: system,
    input: { councilId: s.councilId, fullName: "Lê Văn Chủ Trì" },
  });
  registered = person.id;
  await assignPosition({
    db: database.db,
    actor: system,
    input: { personId: person.id, orgId: s.councilOrgId, title: "Trưởng ban", validFrom: "2015-01-01" },
  });
  await linkPersonToAccount({
    db: database.db,
    actor: s.admin.actor,
    personId: person.id,
    userId: idOf(chairAccount),
  });
  const v = s.voters[0];
  sessions = {
    admin: await signIn(app, s.admin.username, TEST_PASSWORD),
    head: await signIn(app, s.head.username, TEST_PASSWORD),
    voter: await signIn(app, v?.kind === "user" ? v.username : "", TEST_PASSWORD),
    outsider: await signIn(app, s.outsider.username, TEST_PASSWORD),
    foreign: await signIn(app, s.foreignAdmin.username, TEST_PASSWORD),
  };
});
afterAll(async () => {
  await closeLiveBus(database.db);
  await database?.close();
});

const convene = (extra: Record<string, unknown>) =>
  call(app, sessions.head, "POST", "/api/meetings", {
    clusterId: s.cluster.id,
    kind: "giao_ban",
    title: "Giao ban quý IV",
    purpose: "Rà soát nhiệm vụ",
    startsAt: "2020-12-28T08:00:00+07:00",
    place: "TP Uông Bí",
    convenerOrgId: s.councilOrgId,
    ...extra,
  });

describe("convening with the chair's and the secretary's accounts", () => {
  it("links a register person's own account, and the account chosen for a typed secretary", async () => {
    const res = await convene({
      chair: { personId: registered },
      secretary: { fullName: "Phạm Thư Ký", post: "Chuyên viên", userId: idOf(secretaryAccount) },
    });
    expect(res.status).toBe(200);
    const view = await body(res);
    expect(officer(view, "chair")).toMatchObject({ fullName: "Lê Văn Chủ Trì", userId: idOf(chairAccount) });
    expect(officer(view, "secretary")).toMatchObject({
      fullName: "Phạm Thư Ký",
      userId: idOf(secretaryAccount),
    });

    // Signed in as themselves, each may sign the minutes in their own role, and only in it.
    const asChair = await signIn(app, chairAccount.username, TEST_PASSWORD);
    const seen = await body(await call(app, asChair, "GET", `/api/meetings/${view.data.meeting.id}`));
    expect(seen.data.can).toMatchObject({ approveAsChair: true, approveAsSecretary: false, manage: false });
  });

  it("refuses an account of another council (404) and one account for both roles (409)", async () => {
    const foreign = await convene({
      chair: { fullName: "A", post: "B", userId: idOf(s.foreignAdmin) },
    });
    expect(foreign.status).toBe(404);
    const twice = await convene({
      chair: { fullName: "A", post: "B", userId: idOf(secretaryAccount) },
      secretary: { fullName: "C", post: "D", userId: idOf(secretaryAccount) },
    });
    expect(twice.status).toBe(409);
    expect(((await twice.json()) as { message: string }).message).toContain(
      "mỗi tài khoản chỉ đứng tên một đại biểu",
    );
  });
});

describe("the accounts a manager may choose from", () => {
  it("lists the council's accounts with the person each belongs to, for the council and the cluster head", async () => {
    const path = `/api/clusters/${s.cluster.id}/meeting-accounts`;
    for (const who of ["admin", "head"] as const) {
      const res = await call(app, sessions[who], "GET", path);
      expect(res.status).toBe(200);
      const accounts = ((await res.json()) as { data: { id: string; personId: string | null }[] }).data;
      expect(accounts.find((a) => a.id === idOf(chairAccount))?.personId).toBe(registered);
      expect(accounts.find((a) => a.id === idOf(secretaryAccount))?.personId).toBeNull();
      expect(accounts.some((a) => a.id === idOf(s.foreignAdmin))).toBe(false);
    }
    expect((await call(app, sessions.voter, "GET", path)).status).toBe(403);
    expect((await call(app, sessions.outsider, "GET", path)).status).toBe(404);
    expect((await call(app, sessions.foreign, "GET", path)).status).toBe(404);
  });
});

describe("changing a convened meeting", () => {
  const details = {
    title: "Hội nghị giao ban Cụm thi đua năm 2020 (dời lịch)",
    purpose: "Đánh giá kết quả năm 2020",
    startsAt: "2020-11-25T08:00:00+07:00",
    place: "TP Cẩm Phả",
  };
  const base = () => `/api/meetings/${s.meeting.id}`;
  const current = async () => body(await call(app, sessions.admin, "GET", base()));

  it("is for the council's admins and the cluster head: unit staff 403, others 404", async () => {
    const { version } = (await current()).data.meeting;
    const edit = { version, ...details };
    expect((await call(app, sessions.voter, "PUT", base(), edit)).status).toBe(403);
    expect((await call(app, sessions.outsider, "PUT", base(), edit)).status).toBe(404);
    expect((await call(app, sessions.foreign, "PUT", base(), edit)).status).toBe(404);
    const res = await call(app, sessions.head, "PUT", base(), edit);
    expect(res.status).toBe(200);
    const v = await body(res);
    expect(v.data.meeting).toMatchObject({ title: details.title, place: "TP Cẩm Phả", version: version + 1 });
    expect(new Date(v.data.meeting.startsAt).toISOString()).toBe("2020-11-25T01:00:00.000Z");

    // Sent again with the version it was loaded at: someone else's change is not overwritten silently.
    const stale = await call(app, sessions.admin, "PUT", base(), { ...edit, place: "TP Móng Cái" });
    expect(stale.status).toBe(409);
    expect((await current()).data.meeting.place).toBe("TP Cẩm Phả");
  });

  it("links the chair's account, replaces the secretary and keeps the former one as a delegate, with audit rows", async () => {
    const before = (await current()).data;
    const res = await call(app, sessions.admin, "PUT", base(), {
      version: before.meeting.version,
      ...details,
      chair: { delegateId: s.chair.id, userId: idOf(secretaryAccount) },
      secretary: { personId: registered },
    });
    expect(res.status).toBe(200);
    const v = await body(res);
    expect(officer(v, "chair")).toMatchObject({ id: s.chair.id, userId: idOf(secretaryAccount) });
    // The register's person joins as a new delegate, with their own account.
    expect(officer(v, "secretary")).toMatchObject({ fullName: "Lê Văn Chủ Trì", userId: idOf(chairAccount) });
    expect(v.data.delegates.some((d) => d.id === s.secretary.id)).toBe(true);
    expect(v.data.delegates).toHaveLength(before.delegates.length + 1);

    const rows = await database.db
      .select({ before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.action, "edit_meeting"), eq(auditLog.entityId, s.meeting.id)));
    expect(rows.at(-1)?.after).toMatchObject({
      chairUserId: idOf(secretaryAccount),
      secretaryUserId: idOf(chairAccount),
    });
    expect(rows.at(-1)?.before).toMatchObject({ secretaryDelegateId: s.secretary.id });

    const asSecretary = await signIn(app, chairAccount.username, TEST_PASSWORD);
    const seen = await body(await call(app, asSecretary, "GET", base()));
    expect(seen.data.can).toMatchObject({ approveAsChair: false, approveAsSecretary: true });
  });

  it("refuses one person for both roles (400) and an account another delegate holds (409)", async () => {
    const { version } = (await current()).data.meeting;
    const same = await call(app, sessions.admin, "PUT", base(), {
      version,
      ...details,
      secretary: { delegateId: s.chair.id },
    });
    expect(same.status).toBe(400);
    expect(((await same.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe("secretary");
    const taken = await call(app, sessions.admin, "PUT", base(), {
      version,
      ...details,
      chair: { delegateId: s.chair.id, userId: idOf({ actor: s.voters[1]! }) },
    });
    expect(taken.status).toBe(409);
    const typedWithoutPost = await call(app, sessions.admin, "PUT", base(), {
      version,
      ...details,
      title: "  ",
      chair: { fullName: "Ai đó" },
    });
    expect(typedWithoutPost.status).toBe(400);
    const paths = ((await typedWithoutPost.json()) as { issues: { path: string }[] }).issues.map(
      (i) => i.path,
    );
    expect(paths.sort()).toEqual(["chair.post", "title"]);
  });

  it("answers 409 once the meeting has ended", async () => {
    const { version } = (await current()).data.meeting;
    await endMeeting({ db: database.db, actor: s.admin.actor, meetingId: s.meeting.id });
    const res = await call(app, sessions.admin, "PUT", base(), { version, ...details });
    expect(res.status).toBe(409);
  });
});
