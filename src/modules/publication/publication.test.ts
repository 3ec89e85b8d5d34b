import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { getAssessment } from "../assessments/get-assessment";
import { bringToFinal, publishAll, setUpCluster } from "../assessments/test-fixtures";
import { amendPact } from "../pacts/amend-pact";
import { previewAmendment } from "../pacts/preview-amendment";
import { getRanking } from "../rankings/get-ranking";
import { getPublication } from "./get-publication";
import { publishCluster } from "./publish-cluster";
import { reopenPublication } from "./reopen-publication";
import { currentPact, lockPact, lowerI2AddI5 } from "./test-fixtures";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

// Every unit self-scores SELF_INPUTS: 93.9 base + 2 bonus − 0.5 penalty = 95.4 each (I.2 counts 5.5 of it).
// Lowering I.2's max to 5 makes 5.5 invalid: had it been scored 0, each total would drop to 89.9.
describe("published results are a record", () => {
  it("refuses an amendment that would change them, with the impact list, and keeps every page at the published total", async () => {
    const s = await setUpCluster(database.db);
    await lockPact(s);
    await bringToFinal(s);
    await publishAll(s);
    const at = { db: s.db, clusterId: s.cluster.id };
    const mongCai = { ...at, unitId: s.units[5]!.id };
    expect((await getAssessment({ ...mongCai, actor: s.observer.actor })).totals.final?.total).toBe(95.4);

    const pact = await currentPact(s);
    const proposed = { criteria: lowerI2AddI5(pact.criteria) };
    const impact = await previewAmendment({ ...at, actor: s.admin.actor, input: proposed });
    expect(impact.blocked).toBe(true);
    expect(impact.rows).toHaveLength(6);
    expect(impact.rows.find((r) => r.unitCode === s.units[5]!.code)).toMatchObject({
      published: true,
      status: "published",
      totalBefore: 95.4,
      totalAfter: 89.9,
      invalidInputs: [
        {
          criterionCode: "I.2",
          message: expect.stringContaining("Không được vượt quá 5 (điểm tối đa của tiêu chí)"),
        },
      ],
    });
    // The engine's English is only in `messageEn`, for the English interface.
    const shown = JSON.stringify(impact, (key, value) => (key === "messageEn" ? undefined : value));
    expect(shown).not.toMatch(/must be|criterion's max/);
    expect(impact.rows.find((r) => r.unitCode === s.units[5]!.code)?.invalidInputs[0]?.messageEn).toContain(
      "must be at most 5 (the criterion's max)",
    );

    const refused = amendPact({
      ...at,
      actor: s.admin.actor,
      input: {
        ...proposed,
        version: pact.version,
        reason: "Điều chỉnh thang điểm tiêu chí I.2 theo hướng dẫn mới",
      },
    });
    await expect(refused).rejects.toMatchObject({
      status: 409,
      code: "published_results_affected",
      issues: expect.arrayContaining([
        { path: `impact.${s.units[5]!.code}`, message: expect.stringMatching(/95,4 → 89,9.*I\.2/) },
      ]),
    });
    expect((await currentPact(s)).version).toBe(pact.version);
    for (const actor of [s.admin.actor, s.observer.actor, s.editors[5]!.actor]) {
      expect((await getAssessment({ ...mongCai, actor })).totals.final?.total).toBe(95.4);
      const ranking = await getRanking({ ...at, actor, stage: "final" });
      expect(ranking.rows.map((r) => r.total)).toEqual(Array(6).fill(95.4));
    }

    // The council reopens, with a reason; the record stays, marked reopened, and the amendment goes through.
    await expect(
      reopenPublication({ ...at, actor: s.head.actor, input: { reason: "Điều chỉnh thang điểm I.2" } }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      reopenPublication({ ...at, actor: s.admin.actor, input: { reason: " " } }),
    ).rejects.toMatchObject({
      status: 400,
      issues: [{ path: "reason" }],
    });
    await reopenPublication({
      ...at,
      actor: s.admin.actor,
      input: { reason: "Hội đồng thống nhất điều chỉnh thang điểm I.2 (Biên bản ngày 05/01/2022)" },
    });
    const [reopened] = await s.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.councilId, s.councilId),
          eq(auditLog.action, "reopen"),
          eq(auditLog.entity, "cluster_publication"),
        ),
      );
    expect(reopened?.after).toMatchObject({ reason: expect.stringContaining("Biên bản ngày 05/01/2022") });
    expect((await getPublication({ ...at, actor: s.admin.actor })).state).toBe("reopened");
    expect((await getRanking({ ...at, actor: s.observer.actor, stage: "final" })).rows).toEqual([]);
    const after = await previewAmendment({ ...at, actor: s.admin.actor, input: proposed });
    expect(after.blocked).toBe(false);
    expect(after.rows.every((r) => r.status === "final" && !r.published)).toBe(true);
    await amendPact({
      ...at,
      actor: s.admin.actor,
      input: {
        ...proposed,
        version: pact.version,
        reason: "Điều chỉnh thang điểm tiêu chí I.2 theo hướng dẫn mới",
      },
    });
    // The value the new maximum refuses is flagged on the criterion, in Vietnamese, and not scored.
    const detail = await getAssessment({ ...mongCai, actor: s.admin.actor });
    expect(detail.criteria.find((c) => c.code === "I.2")).toMatchObject({
      final: { points: 5.5 },
      scores: { final: null },
      invalid: expect.stringContaining("Không được vượt quá 5"),
    });
  });

  it("publishes once for the whole cluster, when every unit is final, on the versions the council saw", async () => {
    const s = await setUpCluster(database.db);
    const at = { db: s.db, clusterId: s.cluster.id };
    await bringToFinal(s, [0, 1, 2, 3, 4]);
    const waiting = await getPublication({ ...at, actor: s.admin.actor });
    expect(waiting).toMatchObject({
      state: "unpublished",
      canPublish: false,
      notFinal: ["Ban Tuyên giáo Thành ủy Móng Cái"],
    });
    await expect(publishAll(s)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("còn 1 đơn vị chưa chốt (Ban Tuyên giáo Thành ủy Móng Cái)"),
    });
    // Before publication the head and council see a provisional ranking; observers and units see none.
    expect((await getRanking({ ...at, actor: s.head.actor, stage: "draft" })).rows).toHaveLength(5);
    for (const actor of [s.observer.actor, s.editors[1]!.actor]) {
      expect((await getRanking({ ...at, actor, stage: "final" })).rows).toEqual([]);
    }
    await bringToFinal(s, [5]);
    const seen = await getPublication({ ...at, actor: s.admin.actor });
    expect(seen.canPublish).toBe(true);
    const versions = Object.fromEntries(seen.units.map((u) => [u.unitId, u.version]));
    const stale = { ...versions, [s.units[2]!.id]: (versions[s.units[2]!.id] ?? 0) - 1 };
    await expect(
      publishCluster({ ...at, actor: s.admin.actor, input: { versions: stale } }),
    ).rejects.toMatchObject({ status: 409, issues: [{ path: `versions.${s.units[2]!.id}` }] });
    const published = await publishCluster({ ...at, actor: s.admin.actor, input: { versions } });
    expect(published.results.map((r) => [r.rank, r.total])).toEqual(Array(6).fill([1, 95.4]));
    const after = await getPublication({ ...at, actor: s.observer.actor });
    expect(after).toMatchObject({
      state: "published",
      seq: 1,
      canPublish: false,
      canReopen: false,
      units: [],
    });
    await expect(publishCluster({ ...at, actor: s.admin.actor, input: { versions } })).rejects.toMatchObject({
      status: 409,
    });
  });
});
