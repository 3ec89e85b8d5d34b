import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { closeLiveBus } from "./live/bus";
import { setUpMeeting } from "./test-fixtures";

let database: Database;
let app: App;
let s: Awaited<ReturnType<typeof setUpMeeting>>;
let head: Session;
let voter: Session;
let outsider: Session;

type View = {
  data: {
    meeting: { id: string; version: number };
    agenda: { id: string; title: string }[];
    delegates: { unitId: string | null }[];
  };
};

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, databaseKind: database.kind });
  s = await setUpMeeting(database.db);
  head = await signIn(app, s.head.username, TEST_PASSWORD);
  const v = s.voters[0];
  voter = await signIn(app, v?.kind === "user" ? v.username : "", TEST_PASSWORD);
  outsider = await signIn(app, s.outsider.username, TEST_PASSWORD);
});
afterAll(async () => {
  await closeLiveBus(database.db);
  await database?.close();
});

describe("preparing a meeting over HTTP", () => {
  it("creates a meeting with its chair, fills the agenda, orders it and invites the units", async () => {
    const created = await call(app, head, "POST", "/api/meetings", {
      clusterId: s.cluster.id,
      kind: "giao_ban",
      title: "Giao ban tháng 12",
      purpose: "Rà soát nhiệm vụ",
      startsAt: "2020-12-28T08:00:00+07:00",
      place: "TP Quảng Yên",
      convenerOrgId: s.councilOrgId,
      chair: { fullName: "Trần Chủ Trì", post: "Phó trưởng ban" },
    });
    expect(created.status).toBe(200);
    const base = `/api/meetings/${((await created.json()) as View).data.meeting.id}`;
    for (const title of ["Một", "Hai", "Ba"])
      expect((await call(app, head, "POST", `${base}/agenda`, { title, plannedMinutes: 10 })).status).toBe(
        200,
      );
    const before = ((await (await call(app, head, "GET", base)).json()) as View).data;
    const reversed = before.agenda.map((i) => i.id).reverse();

    const order = { version: before.meeting.version, itemIds: reversed };
    expect((await call(app, voter, "PUT", `${base}/agenda-order`, order)).status).toBe(403);
    expect((await call(app, outsider, "PUT", `${base}/agenda-order`, order)).status).toBe(404);
    const ordered = await call(app, head, "PUT", `${base}/agenda-order`, order);
    expect(ordered.status).toBe(200);
    expect(((await ordered.json()) as View).data.agenda.map((i) => i.title)).toEqual(["Ba", "Hai", "Một"]);

    // The same order sent again holds an old version: someone else's change is not overwritten silently.
    const again = await call(app, head, "PUT", `${base}/agenda-order`, order);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: string }).error).toBe("conflict");

    const noVersion = await call(app, head, "DELETE", `${base}/agenda/${reversed[0]}`);
    expect(noVersion.status).toBe(400);
    const removed = await call(
      app,
      head,
      "DELETE",
      `${base}/agenda/${reversed[0]}?version=${before.meeting.version + 1}`,
    );
    expect(removed.status).toBe(200);
    expect(((await removed.json()) as View).data.agenda.map((i) => i.title)).toEqual(["Hai", "Một"]);

    const badTitle = await call(app, head, "PUT", `${base}/agenda/${reversed[1]}`, {
      version: before.meeting.version + 2,
      title: "  ",
      plannedMinutes: 0,
    });
    expect(badTitle.status).toBe(400);
    const issues = ((await badTitle.json()) as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(issues.sort()).toEqual(["plannedMinutes", "title"]);

    expect((await call(app, voter, "POST", `${base}/delegates/units`, {})).status).toBe(403);
    const invited = await call(app, head, "POST", `${base}/delegates/units`, {});
    expect(invited.status).toBe(200);
    const units = ((await invited.json()) as View).data.delegates.map((d) => d.unitId).filter(Boolean);
    expect(units).toEqual(s.units.map((u) => u.id));
  });

  it("lists the new endpoints in the OpenAPI document", async () => {
    const doc = (await (await app.request("/api/openapi.json")).json()) as { paths: Record<string, object> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/meetings/{id}/agenda/{itemId}",
        "/api/meetings/{id}/agenda-order",
        "/api/meetings/{id}/delegates/units",
      ]),
    );
  });
});
