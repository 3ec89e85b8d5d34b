import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { system } from "../../test-support/factories";
import { addPerson } from "../people/add-person";
import { assignPosition } from "../people/assign-position";
import { addDelegate } from "./add-delegate";
import { addAgendaItem } from "./agenda";
import { createMeeting } from "./create-meeting";
import { editAgendaItem, removeAgendaItem, reorderAgenda } from "./edit-agenda";
import { getMeeting } from "./get-meeting";
import { inviteUnits } from "./invite-units";
import { closeLiveBus } from "./live/bus";
import { requestSpeech } from "./speakers";
import { setUpMeeting, UNIT_NAMES } from "./test-fixtures";

let database: Database;
let s: Awaited<ReturnType<typeof setUpMeeting>>;

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpMeeting(database.db);
});
afterAll(async () => {
  await closeLiveBus(database.db);
  await database?.close();
});

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
    return { status: 200, message: "", issues: [] as { path: string }[] };
  } catch (err) {
    const e = err as { status?: number; message: string; issues?: { path: string }[] };
    return { status: e.status ?? 500, message: e.message, issues: e.issues ?? [] };
  }
};
const userIdOf = (a: (typeof s.voters)[number]) => (a.kind === "user" ? a.userId : "");

/** A fresh giao ban meeting of the fixture's cluster, convened by the cluster head. */
const newMeeting = (extra: Record<string, unknown> = {}) =>
  createMeeting({
    db: database.db,
    actor: s.head.actor,
    input: {
      clusterId: s.cluster.id,
      kind: "giao_ban",
      title: "Giao ban quý IV",
      purpose: "Đánh giá kết quả quý IV",
      startsAt: "2020-12-20T08:00:00+07:00",
      place: "TP Uông Bí",
      convenerOrgId: s.councilOrgId,
      ...extra,
    },
  });

describe("convening a meeting with its chair and secretary", () => {
  it("names both as delegates without a vote, the chair with their post on the meeting day", async () => {
    const person = await addPerson({
      db: database.db,
      actor: system,
      input: { councilId: s.councilId, fullName: "Nguyễn Chủ Trì" },
    });
    await assignPosition({
      db: database.db,
      actor: system,
      input: { personId: person.id, orgId: s.councilOrgId, title: "Trưởng ban", validFrom: "2019-01-01" },
    });
    const m = await newMeeting({
      chair: { personId: person.id },
      secretary: { fullName: "Lê Thư Ký", post: "Chuyên viên Văn phòng" },
    });
    const view = await getMeeting({ db: database.db, actor: s.head.actor, meetingId: m.id });
    const byId = new Map(view.delegates.map((d) => [d.id, d]));
    expect(byId.get(view.meeting.chairDelegateId ?? "")).toMatchObject({
      fullName: "Nguyễn Chủ Trì",
      post: "Trưởng ban",
      votingRight: false,
    });
    expect(byId.get(view.meeting.secretaryDelegateId ?? "")).toMatchObject({
      fullName: "Lê Thư Ký",
      post: "Chuyên viên Văn phòng",
    });
    expect(view.meeting.status).toBe("planned");
  });

  it("refuses a typed chair without a post, naming the field", async () => {
    const r = await failure(newMeeting({ chair: { fullName: "Ai Đó" } }));
    expect(r.status).toBe(400);
    expect(r.issues.map((i) => i.path)).toEqual(["chair.post"]);
  });

  it("is refused to a unit editor (403) and hidden from another cluster's unit (404)", async () => {
    const input = {
      clusterId: s.cluster.id,
      kind: "giao_ban",
      title: "X",
      purpose: "Y",
      startsAt: "2020-12-20T08:00:00+07:00",
      place: "Z",
      convenerOrgId: s.councilOrgId,
    };
    expect((await failure(createMeeting({ db: database.db, actor: s.voters[0]!, input }))).status).toBe(403);
    expect((await failure(createMeeting({ db: database.db, actor: s.outsider.actor, input }))).status).toBe(
      404,
    );
  });
});

describe("editing the agenda before the meeting", () => {
  it("edits, reorders and removes items; each change needs the version last seen", async () => {
    const db = database.db;
    const m = await newMeeting({ chair: { fullName: "Trần Chủ Trì", post: "Phó trưởng ban" } });
    const on = { db, actor: s.head.actor, meetingId: m.id };
    for (const [title, minutes] of [
      ["Khai mạc", 5],
      ["Báo cáo kết quả", 30],
      ["Thảo luận", 45],
    ] as const)
      await addAgendaItem({ ...on, input: { title, plannedMinutes: minutes } });
    let view = await getMeeting(on);
    expect(view.meeting.version).toBe(4);
    const [open, report, talk] = view.agenda;
    const chairId = view.meeting.chairDelegateId;

    await reorderAgenda({ ...on, input: { version: 4, itemIds: [report!.id, open!.id, talk!.id] } });
    view = await getMeeting(on);
    expect(view.agenda.map((i) => `${i.position}. ${i.title}`)).toEqual([
      "1. Báo cáo kết quả",
      "2. Khai mạc",
      "3. Thảo luận",
    ]);

    // Someone who still holds version 4 would undo the new order: refused, with what to do.
    const stale = await failure(
      editAgendaItem({
        ...on,
        itemId: open!.id,
        input: { version: 4, title: "Khai mạc hội nghị", plannedMinutes: 10 },
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.message).toContain("tải lại");

    await editAgendaItem({
      ...on,
      itemId: open!.id,
      input: {
        version: 5,
        title: "Khai mạc hội nghị",
        plannedMinutes: 10,
        presenterDelegateId: chairId,
        documents: [{ label: "Dự thảo báo cáo", ref: "report" }],
      },
    });
    await removeAgendaItem({ ...on, itemId: report!.id, input: { version: 6 } });
    view = await getMeeting(on);
    expect(view.agenda.map((i) => [i.position, i.title, i.plannedMinutes, i.presenterDelegateId])).toEqual([
      [1, "Khai mạc hội nghị", 10, chairId],
      [2, "Thảo luận", 45, null],
    ]);
    expect(view.agenda[0]?.documents).toEqual([{ label: "Dự thảo báo cáo", ref: "report" }]);
    expect(view.meeting.version).toBe(7);
  });

  it("refuses an order that leaves out an item, and a removal once someone asked to speak on it", async () => {
    const db = database.db;
    const on = { db, actor: s.admin.actor, meetingId: s.meeting.id };
    const a = await addAgendaItem({ ...on, input: { title: "Mục A", plannedMinutes: 10 } });
    await addAgendaItem({ ...on, input: { title: "Mục B", plannedMinutes: 10 } });
    const { version } = (await getMeeting(on)).meeting;
    const partial = await failure(reorderAgenda({ ...on, input: { version, itemIds: [a.id] } }));
    expect(partial.status).toBe(400);
    expect(partial.issues.map((i) => i.path)).toEqual(["itemIds"]);

    await requestSpeech({ ...on, input: { itemId: a.id, delegateId: s.delegates[0]!.id } });
    const spoken = await failure(removeAgendaItem({ ...on, itemId: a.id, input: { version } }));
    expect(spoken.status).toBe(409);
    expect((await getMeeting(on)).agenda.some((i) => i.id === a.id)).toBe(true);
  });

  it("is the organisers' only: a delegate gets 403, another unit 404", async () => {
    const db = database.db;
    const meetingId = s.meeting.id;
    const view = await getMeeting({ db, actor: s.admin.actor, meetingId });
    const input = { version: view.meeting.version, itemIds: view.agenda.map((i) => i.id).reverse() };
    expect((await failure(reorderAgenda({ db, actor: s.voters[0]!, meetingId, input }))).status).toBe(403);
    expect((await failure(reorderAgenda({ db, actor: s.outsider.actor, meetingId, input }))).status).toBe(
      404,
    );
    expect((await getMeeting({ db, actor: s.admin.actor, meetingId })).meeting.version).toBe(
      view.meeting.version,
    );
  });
});

describe("inviting the member units", () => {
  it("invites each unit once: its post-holder on the day, else its representative, with its account", async () => {
    const db = database.db;
    const m = await newMeeting();
    const on = { db, actor: s.head.actor, meetingId: m.id };
    const holder = await addPerson({
      db,
      actor: system,
      input: { councilId: s.councilId, fullName: "Phan Hà" },
    });
    await assignPosition({
      db,
      actor: system,
      input: { personId: holder.id, orgId: s.units[1]!.id, title: "Trưởng ban", validFrom: "2020-01-01" },
    });
    const left = await addPerson({
      db,
      actor: system,
      input: { councilId: s.councilId, fullName: "Cũ Đã Nghỉ" },
    });
    await assignPosition({
      db,
      actor: system,
      input: {
        personId: left.id,
        orgId: s.units[2]!.id,
        title: "Trưởng ban",
        validFrom: "2015-01-01",
        validTo: "2019-12-31",
      },
    });

    await inviteUnits({ ...on, input: { unitIds: [s.units[0]!.id] } });
    await inviteUnits({ ...on, input: {} });
    await inviteUnits({ ...on, input: {} });
    const view = await getMeeting(on);
    expect(view.delegates).toHaveLength(6);
    expect(view.delegates.map((d) => d.unitId)).toEqual(s.units.map((u) => u.id));
    expect(view.delegates[1]).toMatchObject({ fullName: "Phan Hà", post: "Trưởng ban", votingRight: true });
    expect(view.delegates[2]).toMatchObject({ fullName: `Đại diện ${UNIT_NAMES[2]}`, post: UNIT_NAMES[2] });
    expect(view.delegates.every((d) => d.invitation === "invited" && d.attendance === "expected")).toBe(true);

    // Each unit's editor now speaks and votes for its delegate.
    const asFirstUnit = await getMeeting({ db, actor: s.voters[0]!, meetingId: m.id });
    expect(asFirstUnit.can.delegateId).toBe(view.delegates[0]?.id);
    expect(userIdOf(s.voters[0]!)).not.toBe("");
  });

  it("refuses a unit outside the cluster and the same registered person twice", async () => {
    const db = database.db;
    const m = await newMeeting();
    const on = { db, actor: s.admin.actor, meetingId: m.id };
    const stranger = await failure(inviteUnits({ ...on, input: { unitIds: [s.councilOrgId] } }));
    expect(stranger.status).toBe(400);
    expect(stranger.issues.map((i) => i.path)).toEqual(["unitIds"]);
    const p = await addPerson({
      db,
      actor: system,
      input: { councilId: s.councilId, fullName: "Khách Mời" },
    });
    await addDelegate({ ...on, input: { personId: p.id, post: "Khách mời" } });
    expect((await failure(addDelegate({ ...on, input: { personId: p.id, post: "Khách mời" } }))).status).toBe(
      409,
    );
  });
});
