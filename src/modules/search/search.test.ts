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
let councilId: string;
let dongTrieu: string;
let haLong: string;

const practice = (unitId: string, year: number, title: string, howItWorks: string) => ({
  unitId,
  year,
  field: "Công tác tuyên truyền",
  title,
  problem: "Người dân ở khu dân cư ít tiếp cận thông tin chính thống.",
  howItWorks,
  results: "Tăng số người theo dõi và tham gia các buổi sinh hoạt.",
  figures: [{ label: "Người theo dõi", value: 12500, unit: "người" }],
  contact: "Chị Nguyễn Thị Lan, 0912 345 678",
});

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  ({ councilId } = await makeCouncil(db));
  const [dt, hl] = await makeUnits(db, councilId, [
    "Ban Tuyên giáo Thị ủy Đông Triều",
    "Ban Tuyên giáo Thành ủy Hạ Long",
  ]);
  dongTrieu = dt!.id;
  haLong = hl!.id;
  await createPractice({
    db,
    actor: system,
    input: practice(
      dongTrieu,
      2020,
      "Zalo khu phố Đông Triều",
      "Mỗi khu phố lập nhóm Zalo do bí thư chi bộ quản trị.",
    ),
  });
  await createPractice({
    db,
    actor: system,
    input: practice(
      haLong,
      2021,
      "Loa phát thanh thông minh",
      "Phát bản tin phòng, chống dịch Covid-19 hằng ngày.",
    ),
  });
  reader = (await makeUser(db, [grant("observer", councilId)])).actor;
  // Another council's practice must never show.
  const other = await makeCouncil(db, "Ban Tuyên giáo Tỉnh ủy Khác");
  const [x] = await makeUnits(db, other.councilId, ["Ban Tuyên giáo Huyện ủy Đông Triều Khác"]);
  await createPractice({
    db,
    actor: system,
    input: practice(x!.id, 2020, "Zalo khu phố nơi khác", "Nhóm Zalo khu phố."),
  });
});
afterAll(async () => {
  await database?.close();
});

const titles = async (q: string, extra: Record<string, unknown> = {}) =>
  (await search({ db: database.db, actor: reader, query: { q, ...extra } })).hits.map((h) => h.title);

describe("search in Vietnamese, with or without diacritics", () => {
  it('finds "Đông Triều" when typed "dong trieu", and "Đ" alone matches "D"', async () => {
    expect(await titles("dong trieu")).toEqual(["Zalo khu phố Đông Triều"]);
    expect(await titles("Đông Triều")).toEqual(["Zalo khu phố Đông Triều"]);
    expect(await titles("DONG")).toEqual(["Zalo khu phố Đông Triều"]);
  });

  it("finds by words of the body, with the match highlighted and escaped", async () => {
    const result = await search({ db: database.db, actor: reader, query: { q: "phong chong dich" } });
    expect(result.hits.map((h) => h.title)).toEqual(["Loa phát thanh thông minh"]);
    expect(result.hits[0]?.snippet).toContain("<mark>phòng</mark>, <mark>chống</mark> <mark>dịch</mark>");
    // "thông" and "thống" are one letter from "phong" and "chong" but are not what was searched.
    expect(result.hits[0]?.snippet).toContain("thông tin chính thống");
    expect(result.hits[0]?.match).toBe("exact");
    expect(result.hits[0]?.url).toBe(`/mo-hinh-hay/${result.hits[0]?.id}`);
    expect(result.hits[0]?.unitName).toBe("Ban Tuyên giáo Thành ủy Hạ Long");
  });

  it("still finds with a one-letter typo, marked as a fuzzy match", async () => {
    const result = await search({ db: database.db, actor: reader, query: { q: "thong mimh" } });
    expect(result.hits.map((h) => [h.title, h.match])).toEqual([["Loa phát thanh thông minh", "fuzzy"]]);
    expect(result.hits[0]?.titleHtml).toBe("Loa phát thanh <mark>thông</mark> <mark>minh</mark>");
    // Two letters swapped in a short word, without diacritics.
    expect(await titles("bi thu chi bo quan tir")).toEqual(["Zalo khu phố Đông Triều"]);
  });

  it("completes a half-typed last word", async () => {
    expect(await titles("loa phat th")).toEqual(["Loa phát thanh thông minh"]);
    expect(await titles("zalo khu ph")).toEqual(["Zalo khu phố Đông Triều"]);
  });

  it("when no record holds every word, shows those holding the rarest, marked as a partial match", async () => {
    // "zalo" is in two practices (one in another council), "loa" in one: by the table's statistics "loa" is
    // the rarer, although it is the shorter word.
    await database.db.execute(sql`ANALYZE practices`);
    const result = await search({ db: database.db, actor: reader, query: { q: "zalo loa" } });
    expect(result.hits.map((h) => [h.title, h.match])).toEqual([["Loa phát thanh thông minh", "partial"]]);
    expect(result.hits[0]?.titleHtml).toBe("<mark>Loa</mark> phát thanh thông minh");
  });

  it("filters by year and unit, and by kind", async () => {
    expect(await titles("zalo", { year: 2021 })).toEqual([]);
    expect(await titles("covid", { unitId: haLong })).toEqual(["Loa phát thanh thông minh"]);
    expect(await titles("covid", { unitId: dongTrieu })).toEqual([]);
    expect(await titles("zalo", { kind: "report" })).toEqual([]);
  });

  it("answers any input without an error: quotes, operators, NUL, empty, 2,000 characters", async () => {
    for (const q of [
      "",
      "   ",
      "'\"",
      "a & | ! ( ) :* <->",
      "\u0000zalo",
      "x".repeat(2000),
      "🙂",
      "\\",
      "%_",
    ]) {
      const result = await search({ db: database.db, actor: reader, query: { q } });
      expect(Array.isArray(result.hits)).toBe(true);
    }
    expect(await titles("\u0000zalo")).toEqual(["Zalo khu phố Đông Triều"]);
  });

  it("shows nothing of another council, nor to someone with no role", async () => {
    expect(await titles("zalo khu pho")).toEqual(["Zalo khu phố Đông Triều"]);
    const nobody: Actor = { kind: "user", userId: "x", username: "x", displayName: "x", grants: [] };
    expect((await search({ db: database.db, actor: nobody, query: { q: "zalo" } })).hits).toEqual([]);
  });
});
