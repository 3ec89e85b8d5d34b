import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { referenceDocuments, tasks } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { grant, makeCluster, makeCouncil, makeUnits, makeUser } from "../../test-support/factories";
import type { Actor } from "../auth/actor";
import { search } from "./search";

let database: Database;
let observer: Actor;
let memberStaff: Actor;
let outsiderStaff: Actor;
let taskId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  const { councilId } = await makeCouncil(db);
  const [haLong, uongBi, moncai, camPha] = await makeUnits(db, councilId, [
    "Ban Tuyên giáo Thành ủy Hạ Long",
    "Ban Tuyên giáo Thành ủy Uông Bí",
    "Ban Tuyên giáo Thành ủy Móng Cái",
    "Ban Tuyên giáo Thành ủy Cẩm Phả",
  ]);
  const cluster = await makeCluster(db, councilId, [haLong!.id, uongBi!.id], 2021);
  await makeCluster(db, councilId, [moncai!.id, camPha!.id], 2021, "CUM2");
  const [task] = await db
    .insert(tasks)
    .values({
      councilId,
      clusterId: cluster.id,
      title: "Tuyên truyền kết quả Đại hội Đảng bộ tỉnh lần thứ XV",
      description: "Mỗi đơn vị tổ chức ít nhất hai hội nghị báo cáo viên mỗi quý.",
      startDate: "2021-01-01",
      deadline: "2021-12-31",
      cadence: "quarterly",
    })
    .returning({ id: tasks.id });
  taskId = task!.id;
  await db.insert(referenceDocuments).values({
    councilId,
    symbol: "35-NQ/TW",
    symbolReadable: true,
    issuingBody: "Bộ Chính trị",
    issuedOn: "2018-10-22",
    title: "Nghị quyết về tăng cường bảo vệ nền tảng tư tưởng của Đảng",
  });
  observer = (await makeUser(db, [grant("observer", councilId)])).actor;
  memberStaff = (await makeUser(db, [grant("unit_viewer", councilId, { unitId: uongBi!.id })])).actor;
  outsiderStaff = (await makeUser(db, [grant("unit_viewer", councilId, { unitId: moncai!.id })])).actor;
});
afterAll(async () => {
  await database?.close();
});

const hits = async (actor: Actor, q: string) =>
  (await search({ db: database.db, actor, query: { q } })).hits.map((h) => [h.kind, h.title, h.url, h.year]);

describe("search across key tasks and reference documents", () => {
  it("finds a key task by its description, without diacritics, linked to its page", async () => {
    expect(await hits(observer, "hoi nghi bao cao vien")).toEqual([
      ["task", "Tuyên truyền kết quả Đại hội Đảng bộ tỉnh lần thứ XV", `/nhiem-vu/${taskId}`, 2021],
    ]);
  });

  it("finds a resolution by its title, its symbol and the body that issued it", async () => {
    const resolution = [
      "document",
      "Nghị quyết về tăng cường bảo vệ nền tảng tư tưởng của Đảng",
      "/nhiem-vu/van-ban",
      2018,
    ];
    expect(await hits(observer, "bao ve nen tang tu tuong")).toEqual([resolution]);
    expect(await hits(observer, "35 nq tw")).toEqual([resolution]);
    expect(await hits(observer, "bo chinh tri")).toEqual([resolution]);
  });

  it("shows a cluster's task to its members' staff only", async () => {
    const kinds = async (actor: Actor) => (await hits(actor, "dai hoi dang bo tinh")).map((h) => h[0]);
    expect(await kinds(memberStaff)).toEqual(["task"]);
    // Another cluster's staff: no task; the council's register still answers "Đảng" (a partial match).
    expect(await kinds(outsiderStaff)).toEqual(["document"]);
  });
});
