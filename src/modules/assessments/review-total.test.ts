import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScoreInput } from "../../contracts/cluster-year";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { getRanking } from "../rankings/get-ranking";
import { getAssessment } from "./get-assessment";
import { saveReviewInput } from "./save-review-input";
import { submitAssessment } from "./submit-assessment";
import { fillSelf, setUpCluster } from "./test-fixtures";

// While a unit is under review the head sees, beside the self total, the total its reviewed values give —
// the server's own figure, the one the provisional ranking shows, not an estimate in the browser.

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("the review total under review", () => {
  it("is the self total with each reviewed criterion's points in place of its self points", async () => {
    const s = await setUpCluster(database.db);
    const { db, cluster, units, editors, head } = s;
    const on = (u: number) => ({ db, clusterId: cluster.id, unitId: units[u]!.id });
    for (const u of [1, 2]) {
      await fillSelf(db, editors[u]!.actor, cluster.id, units[u]!.id);
      await submitAssessment({ ...on(u), actor: editors[u]!.actor });
    }
    const review = async (code: string, value: ScoreInput) => {
      const page = await getAssessment({ ...on(2), actor: head.actor });
      const version = page.criteria.find((c) => c.code === code)!.version;
      await saveReviewInput({
        ...on(2),
        actor: head.actor,
        input: { criterionCode: code, value, comment: "Theo hồ sơ minh chứng", version },
      });
    };
    // I.2 is scored directly (5.5 self → 4: −1.5); T.1 is a bonus (2 self → 3: +1, under the cap of 5).
    await review("I.2", { points: 4 });
    await review("T.1", { points: 3 });

    const page = await getAssessment({ ...on(2), actor: head.actor });
    const self = page.totals.self!.total;
    expect(page.totals.review?.total).toBeCloseTo(self - 0.5, 10);
    expect(page.totals.review?.bonus).toBe(3);
    const row = (code: string) => page.criteria.find((c) => c.code === code)!;
    expect(row("I.2").scores).toMatchObject({ self: 5.5, reviewed: 4 });
    expect(row("T.1").scores).toMatchObject({ self: 2, reviewed: 3 });
    // A criterion nobody reviewed keeps its self points in the review total.
    expect(row("V.2").scores.reviewed).toBe(row("V.2").scores.self);

    // One unit, one total: the provisional ranking shows the head the same figure.
    const ranking = await getRanking({ db, actor: head.actor, clusterId: cluster.id, stage: "draft" });
    const inRanking = ranking.rows.find((r) => r.unit === units[2]!.code)!;
    expect(inRanking.total).toBe(page.totals.review?.total);
  });

  it("is not shown to the unit itself, whose reviewer's total is the head's to read until finalisation", async () => {
    const s = await setUpCluster(database.db);
    const { db, cluster, units, editors } = s;
    const at = { db, clusterId: cluster.id, unitId: units[3]!.id };
    await fillSelf(db, editors[3]!.actor, cluster.id, units[3]!.id);
    await submitAssessment({ ...at, actor: editors[3]!.actor });
    const own = await getAssessment({ ...at, actor: editors[3]!.actor });
    expect(own.totals.self).not.toBeNull();
    expect(own.totals.review).toBeNull();
    expect(own.criteria.every((c) => c.scores.reviewed === null)).toBe(true);
    const council = await getAssessment({ ...at, actor: s.admin.actor });
    expect(council.totals.review?.total).toBe(council.totals.self?.total);
  });
});
