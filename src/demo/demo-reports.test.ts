import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/open";
import { openDemoTestDatabase } from "../db/testing";
import { systemActor } from "../modules/auth/actor";
import { listPractices } from "../modules/practices/get-practice";
import { listOpinionReports } from "../modules/propaganda/opinions";
import { listTopics } from "../modules/propaganda/topics";
import { getConsolidated } from "../modules/reports/consolidated";
import { listReports } from "../modules/reports/list-reports";
import { search } from "../modules/search/search";

let database: Database;
const actor = systemActor("test");
beforeAll(async () => {
  // The demo as createDemo() makes it, built once per run (src/db/testing.ts).
  database = await openDemoTestDatabase();
}, 240_000);
afterAll(async () => {
  await database?.close();
});

describe("the demo's reports, practices and public opinion", () => {
  it("has the six units' 2020 reports, five accepted and Móng Cái's awaiting the head", async () => {
    const reports = await listReports({ db: database.db, actor, query: { year: 2020 } });
    expect(reports.map((r) => r.status).sort()).toEqual([
      "accepted",
      "accepted",
      "accepted",
      "accepted",
      "accepted",
      "submitted",
    ]);
    expect(reports.find((r) => r.status === "submitted")?.unitName).toBe("Ban Tuyên giáo Thành ủy Móng Cái");
  });

  it("has a dozen practices, some replicated, and finds Đông Triều's without diacritics", async () => {
    const practices = await listPractices({ db: database.db, actor, query: {} });
    expect(practices).toHaveLength(12);
    expect(practices.filter((p) => p.replications.length > 0)).toHaveLength(4);
    const hits = (await search({ db: database.db, actor, query: { q: "san khau hoa", kind: "practice" } }))
      .hits;
    expect(hits[0]?.title).toBe("Sân khấu hóa tuyên truyền Đại hội Đảng tại nhà văn hóa khu dân cư");
    expect(hits[0]?.unitName).toBe("Ban Tuyên giáo Thị ủy Đông Triều");
  });

  it("drafts the consolidated report with the published ranking of the six units", async () => {
    const [first] = await listReports({ db: database.db, actor, query: { year: 2020 } });
    const draft = await getConsolidated({ db: database.db, actor, periodId: first!.periodId });
    expect(draft.submitted).toBe(6);
    const ranking = draft.sections.find((s) => s.key === "ranking")?.html ?? "";
    expect(ranking).toContain("kết quả đã công bố");
    expect(ranking.match(/<tr><td>\d/g)).toHaveLength(6);
  });

  it("has the year's three topics with activities and four public-opinion reports", async () => {
    const topics = await listTopics({ db: database.db, actor, query: { year: 2020 } });
    expect(topics.map((t) => t.title)).toEqual([
      "Chủ đề công tác năm 2020 và các hoạt động, sự kiện lớn của tỉnh",
      "Phòng, chống dịch bệnh Covid-19",
      "Đại hội Đảng bộ các cấp và Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    ]);
    expect(topics[2]?.totals.conferences).toBe(6);
    const opinions = await listOpinionReports({ db: database.db, actor, query: { year: 2020 } });
    expect(opinions.reports).toHaveLength(4);
  });
});
