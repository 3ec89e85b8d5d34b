import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { createApp } from "../../server/app";
import { grant, makeCouncil, makeUnits, makeUser, TEST_PASSWORD } from "../../test-support/factories";
import { call, signIn } from "../../test-support/http";

let database: Database;
let app: ReturnType<typeof createApp>;
let councilId: string;
let units: { id: string }[];
const users: Record<string, string> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  app = createApp({ db, databaseKind: database.kind });
  ({ councilId } = await makeCouncil(db));
  units = await makeUnits(db, councilId, [
    "Ban Tuyên giáo Thị ủy Quảng Yên",
    "Ban Tuyên giáo Thành ủy Móng Cái",
  ]);
  users.qy = (await makeUser(db, [grant("unit_editor", councilId, { unitId: units[0]!.id })])).username;
  users.mc = (await makeUser(db, [grant("unit_editor", councilId, { unitId: units[1]!.id })])).username;
  users.admin = (await makeUser(db, [grant("council_admin", councilId)])).username;
  users.observer = (await makeUser(db, [grant("observer", councilId)])).username;
  users.stranger = (await makeUser(db, [grant("observer", (await makeCouncil(db)).councilId)])).username;
});
afterAll(async () => {
  await database?.close();
});

const as = (who: string) => signIn(app, users[who]!, TEST_PASSWORD);
const practice = () => ({
  unitId: units[0]!.id,
  year: 2020,
  field: "Nắm bắt dư luận xã hội",
  title: "Tổ cộng tác viên dư luận xã hội ở khu phố",
  problem: "Thông tin dư luận ở cơ sở đến chậm, thiếu chính xác.",
  howItWorks: "Mỗi khu phố chọn một cộng tác viên, báo cáo hằng tuần qua nhóm Zalo.",
  results: "Nắm bắt kịp thời 120 ý kiến, giải quyết dứt điểm 30 vụ việc.",
  figures: [{ label: "Ý kiến nắm bắt", value: 120, unit: "ý kiến" }],
  contact: "Đồng chí Lê Thị Hoa, 0203 3875 123",
});

describe("good practices over HTTP", () => {
  it("a unit records its practice; another finds it without diacritics and records adopting it once", async () => {
    const qy = await as("qy");
    const mc = await as("mc");
    const created = await call(app, qy, "POST", "/api/practices", practice());
    expect(created.status).toBe(200);
    const { data } = (await created.json()) as { data: { id: string; can: { edit: boolean } } };
    expect(data.can.edit).toBe(true);
    // The other unit may not record a practice in Quảng Yên's name.
    expect((await call(app, mc, "POST", "/api/practices", practice())).status).toBe(403);

    const found = await call(app, mc, "GET", `/api/search?q=${encodeURIComponent("cong tac vien du luan")}`);
    const hits = ((await found.json()) as { data: { hits: { id: string; url: string }[] } }).data.hits;
    expect(hits.map((h) => h.url)).toEqual([`/mo-hinh-hay/${data.id}`]);

    const view = (await (await call(app, mc, "GET", `/api/practices/${data.id}`)).json()) as {
      data: { can: { replicateFor: { id: string }[]; edit: boolean } };
    };
    expect(view.data.can).toMatchObject({ edit: false, replicateFor: [{ id: units[1]!.id }] });
    const adoption = {
      unitId: units[1]!.id,
      adoptedOn: "2021-03-01",
      result: "Nắm bắt 45 ý kiến trong quý I.",
    };
    const adopted = await call(app, mc, "POST", `/api/practices/${data.id}/replications`, adoption);
    expect(adopted.status).toBe(200);
    const after = (
      (await adopted.json()) as { data: { replications: { unitName: string; adoptedOn: string }[] } }
    ).data;
    expect(after.replications).toEqual([
      expect.objectContaining({ unitName: "Ban Tuyên giáo Thành ủy Móng Cái", adoptedOn: "2021-03-01" }),
    ]);
    expect((await call(app, mc, "POST", `/api/practices/${data.id}/replications`, adoption)).status).toBe(
      409,
    );
    const self = { ...adoption, unitId: units[0]!.id };
    const refused = await call(app, qy, "POST", `/api/practices/${data.id}/replications`, self);
    expect(refused.status).toBe(400);

    const stranger = await as("stranger");
    expect((await call(app, stranger, "GET", `/api/practices/${data.id}`)).status).toBe(404);
  });

  it("answers 400 with located Vietnamese messages, and any search text without an error", async () => {
    const qy = await as("qy");
    const bad = await call(app, qy, "POST", "/api/practices", { ...practice(), title: "x", year: "2020" });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(body.error).toBe("validation");
    expect(body.issues.map((i) => i.path).sort()).toEqual(["title", "year"]);
    const nul = await call(app, qy, "POST", "/api/practices", {
      ...practice(),
      problem: "abc\u0000defghijk",
    });
    expect(((await nul.json()) as { issues: { path: string; message: string }[] }).issues[0]).toEqual({
      path: "problem",
      message: "Vấn đề đặt ra: Có ký tự NUL không hợp lệ ở vị trí 4",
    });
    for (const q of ["", "\"'", "a:*&|!", "%00", "x".repeat(2000), "%E0%A4%A"]) {
      const res = await call(app, qy, "GET", `/api/search?q=${q}`);
      expect(res.status).toBe(200);
    }
    expect((await call(app, null, "GET", "/api/search?q=x")).status).toBe(401);
  });

  it("topics are the council's; activities are logged by units; opinion reports are seen by the council and their unit", async () => {
    const admin = await as("admin");
    const qy = await as("qy");
    const mc = await as("mc");
    const observer = await as("observer");
    expect(
      (
        await call(app, qy, "POST", "/api/propaganda-topics", {
          councilId,
          year: 2020,
          title: "Phòng, chống dịch Covid-19",
        })
      ).status,
    ).toBe(403);
    const topic = (await (
      await call(app, admin, "POST", "/api/propaganda-topics", {
        councilId,
        year: 2020,
        title: "Phòng, chống dịch Covid-19",
      })
    ).json()) as { data: { id: string } };
    const activity = {
      unitId: units[0]!.id,
      kind: "article",
      heldOn: "2020-04-02",
      title: "Tin bài trên cổng",
      quantity: 12,
    };
    expect(
      (await call(app, mc, "POST", `/api/propaganda-topics/${topic.data.id}/activities`, activity)).status,
    ).toBe(403);
    await call(app, qy, "POST", `/api/propaganda-topics/${topic.data.id}/activities`, activity);
    await call(app, qy, "POST", `/api/propaganda-topics/${topic.data.id}/activities`, {
      ...activity,
      kind: "conference",
      title: "Hội nghị tuyên truyền",
      quantity: 1,
      participants: 150,
    });
    const topics = (await (await call(app, mc, "GET", "/api/propaganda-topics?year=2020")).json()) as {
      data: { totals: Record<string, number> }[];
    };
    expect(topics.data[0]?.totals).toEqual({
      conferences: 1,
      articles: 12,
      banners: 0,
      other: 0,
      participants: 150,
    });

    const opinion = {
      unitId: units[0]!.id,
      periodStart: "2020-04-01",
      periodEnd: "2020-04-30",
      items: [
        {
          topicId: topic.data.id,
          tone: "positive",
          summary: "Nhân dân đồng tình với các biện pháp giãn cách.",
        },
      ],
      notable: "Lo ngại về việc làm của lao động tự do.",
    };
    const sent = await call(app, qy, "POST", "/api/opinion-reports", opinion);
    expect(sent.status).toBe(200);
    const id = ((await sent.json()) as { data: { id: string } }).data.id;
    expect((await call(app, mc, "GET", `/api/opinion-reports/${id}`)).status).toBe(404);
    const list = (await (await call(app, observer, "GET", "/api/opinion-reports?year=2020")).json()) as {
      data: { reports: unknown[]; trend: { months: unknown[] }[] };
    };
    expect(list.data.reports).toHaveLength(1);
    expect(list.data.trend[0]?.months).toEqual([
      { month: "2020-04", positive: 1, mixed: 0, concerned: 0, negative: 0 },
    ]);
  });
});
