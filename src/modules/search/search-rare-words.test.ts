import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { grant, makeCouncil, makeUnits, makeUser, system } from "../../test-support/factories";
import type { Actor } from "../auth/actor";
import { createPractice } from "../practices/save-practice";
import type { WordShares } from "./frequencies";
import { indexedPart } from "./partial";
import { fullTextHits } from "./repo";
import { search } from "./search";
import { searchSources } from "./sources";

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

describe("looking up only the rarest words in the index", () => {
  it("still checks every other word on the rows the rare words find", async () => {
    const sources = searchSources.map((source) => ({ source, visible: source.visible(reader) }));
    const titles = async (match: string) =>
      (
        await fullTextHits(database.db, sources, { match, indexed: "ly & luan" }, { councilIds: null }, 20)
      ).map((h) => h.title);
    expect(await titles("ly & luan & sinh & hoat")).toEqual(["Câu lạc bộ lý luận trẻ"]);
    // "ly & luan" finds "Câu lạc bộ lý luận trẻ", which lacks "hằng tháng".
    expect(await titles("ly & luan & sinh & hoat & hang & thang")).toEqual([]);
  });

  const shares = (rows: number, share: Record<string, number>, least = 0.01): WordShares => ({
    measured: true,
    rows,
    shareOf: (w) => share[w] ?? least,
  });
  const common = { sinh: 0.95, hoat: 0.95, ly: 0.05, luan: 0.04 };

  it("takes the rarest words until about 200 rows are left to check", () => {
    const query = [["sinh"], ["hoat"], ["ly"], ["luan"]];
    // 100,000 × 0.04 = 4,000 rows, × 0.05 = 200.
    expect(indexedPart(query, shares(100_000, common))).toBe("luan & ly");
    // A word the statistics do not list counts as the least listed share: 100,000 × 0.01 × 0.04 = 40.
    expect(indexedPart([["sinh"], ["hoat"], ["zalo"], ["luan"]], shares(100_000, common))).toBe(
      "zalo & luan",
    );
    // A word in more than a fifth of the rows, or a half-typed last word (several completions), is only
    // checked on the rows.
    expect(indexedPart([["sinh"], ["ly"], ["luan", "luat"]], shares(100_000, common))).toBe("ly");
  });

  it("is the whole query when every word is needed, the table is small, or there are no statistics", () => {
    expect(indexedPart([["ly"], ["luan"]], shares(10_000_000, common))).toBeUndefined();
    expect(indexedPart([["sinh"], ["hoat"], ["ly"], ["luan"]], shares(150, common))).toBeUndefined();
    const none: WordShares = { measured: false, rows: 0, shareOf: () => 0 };
    expect(indexedPart([["sinh"], ["hoat"], ["ly"], ["luan"]], none)).toBeUndefined();
  });
});
