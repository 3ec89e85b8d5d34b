import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { grant, makeCouncil, makeUnits, makeUser, system } from "../../test-support/factories";
import type { Actor } from "../auth/actor";
import { createPractice } from "../practices/save-practice";
import { search } from "./search";

let database: Database;
let reader: Actor;

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  const { councilId } = await makeCouncil(db);
  const [unit] = await makeUnits(db, councilId, ["Ban Tuyên giáo Thị xã Quảng Yên"]);
  const practice = async (title: string, howItWorks: string) =>
    createPractice({
      db,
      actor: system,
      input: {
        unitId: unit!.id,
        year: 2020,
        field: "Công tác tuyên truyền",
        title,
        problem: "Cần cách làm phù hợp với cơ sở.",
        howItWorks,
        results: "Được cơ sở đánh giá cao.",
        figures: [],
      },
    });
  // Twenty practices share "sinh hoạt định kỳ hằng tháng", so those words are common and the rest are rare.
  for (let n = 1; n <= 20; n++) await practice(`Chuyên đề số ${n}`, "Sinh hoạt định kỳ hằng tháng.");
  await practice(
    "Câu lạc bộ lý luận trẻ",
    "Sinh hoạt định kỳ, đối thoại với đoàn viên về lý luận chính trị.",
  );
  await practice("Đối thoại chính sách", "Sinh hoạt định kỳ, đối thoại với doanh nghiệp.");
  await db.execute(sql`ANALYZE practices`);
  reader = (await makeUser(db, [grant("observer", councilId)])).actor;
});
afterAll(async () => {
  await database?.close();
});

const found = async (q: string) =>
  (await search({ db: database.db, actor: reader, query: { q } })).hits.map((h) => [h.title, h.match]);

describe("queries mixing common and rare words", () => {
  it("finds the one record holding every word", async () => {
    expect(await found("sinh hoat dinh ky doi thoai ly luan")).toEqual([["Câu lạc bộ lý luận trẻ", "exact"]]);
    expect(await found("sinh hoạt đối thoại doanh nghiệp")).toEqual([["Đối thoại chính sách", "exact"]]);
  });

  it("does not call a record an exact match when it holds the rare words but lacks a common one", async () => {
    // "Câu lạc bộ lý luận trẻ" holds "lý luận" and "sinh hoạt", not "hằng tháng".
    expect(await found("ly luan sinh hoat hang thang")).toEqual([["Câu lạc bộ lý luận trẻ", "partial"]]);
  });
});
