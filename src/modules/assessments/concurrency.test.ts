import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { assessments, auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { assignCrossScoring } from "./assign-cross-scoring";
import { getAssessment } from "./get-assessment";
import { saveReviewInput } from "./save-review-input";
import { saveSelfInput } from "./save-self-input";
import { submitAssessment } from "./submit-assessment";
import { fillSelf, setUpCluster } from "./test-fixtures";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const input = async (args: Parameters<typeof getAssessment>[0], code: string) =>
  (await getAssessment(args)).criteria.find((c) => c.code === code)!;

describe("concurrent edits conflict instead of overwriting", () => {
  it("refuses a self input saved over a newer one, showing the other's value and name", async () => {
    const { db, cluster, units, editors, admin } = await setUpCluster(database.db);
    const at = { db, clusterId: cluster.id, unitId: units[1]!.id };
    await saveSelfInput({
      ...at,
      actor: editors[1]!.actor,
      input: { criterionCode: "I.2", value: { points: 5.5 }, version: 0 },
    });
    // The council's admin opened the page before that save (version 0) and now saves 4.
    const stale = saveSelfInput({
      ...at,
      actor: admin.actor,
      input: { criterionCode: "I.2", value: { points: 4 }, version: 0 },
    });
    await expect(stale).rejects.toMatchObject({
      status: 409,
      code: "conflict",
      message: expect.stringMatching(
        new RegExp(`^${editors[1]!.username} đã lưu tiêu chí I\\.2 lúc .*điểm tự chấm hiện là 5,5 điểm`),
      ),
    });
    const current = await input({ ...at, actor: admin.actor }, "I.2");
    expect(current).toMatchObject({
      self: { value: { points: 5.5 } },
      version: 1,
      updatedBy: editors[1]!.username,
    });
  });

  it("gives the second of two reviewers a 409 naming the first reviewer's value", async () => {
    const { db, cluster, units, editors, head, admin } = await setUpCluster(database.db);
    const at = { db, clusterId: cluster.id, unitId: units[2]!.id };
    await assignCrossScoring({
      db,
      actor: admin.actor,
      clusterId: cluster.id,
      input: { reviewerUnitId: units[4]!.id, reviewedUnitId: units[2]!.id },
    });
    await fillSelf(db, editors[2]!.actor, cluster.id, units[2]!.id);
    await submitAssessment({ ...at, actor: editors[2]!.actor });
    // Both reviewers open the same criterion at the same version.
    const seenByHead = await input({ ...at, actor: head.actor }, "III.2");
    const seenByCrossScorer = await input({ ...at, actor: editors[4]!.actor }, "III.2");
    expect(seenByHead.version).toBe(seenByCrossScorer.version);
    await saveReviewInput({
      ...at,
      actor: head.actor,
      input: {
        criterionCode: "III.2",
        value: { points: 4 },
        comment: "Báo cáo quý III chậm",
        version: seenByHead.version,
      },
    });
    const second = saveReviewInput({
      ...at,
      actor: editors[4]!.actor,
      input: {
        criterionCode: "III.2",
        value: { points: 3 },
        comment: "Thiếu đề xuất xử lý",
        version: seenByCrossScorer.version,
      },
    });
    await expect(second).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(
        new RegExp(
          `điểm thẩm định hiện là 4 điểm \\(người thẩm định: ${head.username}\\), nhận xét: "Báo cáo quý III chậm"`,
        ),
      ),
      issues: [{ path: "version" }],
    });
    expect(await input({ ...at, actor: admin.actor }, "III.2")).toMatchObject({
      self: { value: { points: 5 } },
      reviewed: { value: { points: 4 }, comment: "Báo cáo quý III chậm", reviewer: head.username },
    });
    // Having seen the head's value, the cross-scorer may still save over it knowingly.
    const fresh = await input({ ...at, actor: editors[4]!.actor }, "III.2");
    const saved = await saveReviewInput({
      ...at,
      actor: editors[4]!.actor,
      input: {
        criterionCode: "III.2",
        value: { points: 3 },
        comment: "Thiếu đề xuất xử lý",
        version: fresh.version,
      },
    });
    expect(saved).toMatchObject({ value: { points: 3 }, version: fresh.version + 1 });
  });

  it("lets exactly one of two simultaneous saves at the same version win", async () => {
    const { db, cluster, units, editors, admin } = await setUpCluster(database.db);
    const at = { db, clusterId: cluster.id, unitId: units[3]!.id };
    const first = await saveSelfInput({
      ...at,
      actor: editors[3]!.actor,
      input: { criterionCode: "V.2", value: { points: 3 }, version: 0 },
    });
    const versionOf = async () => {
      const [row] = await db
        .select()
        .from(assessments)
        .where(and(eq(assessments.clusterId, cluster.id), eq(assessments.unitId, units[3]!.id)));
      return row!;
    };
    const before = (await versionOf()).version;
    const results = await Promise.allSettled([
      saveSelfInput({
        ...at,
        actor: editors[3]!.actor,
        input: { criterionCode: "V.2", value: { points: 4 }, version: first.version },
      }),
      saveSelfInput({
        ...at,
        actor: admin.actor,
        input: { criterionCode: "V.2", value: { points: 5 }, version: first.version },
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ status: 409 });
    const winner = results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ value: object }>;
    expect((await input({ ...at, actor: admin.actor }, "V.2")).self.value).toEqual(winner.value.value);
    // The loser's 409 rolled back the assessment's version move made with its write: one more move only.
    const row = await versionOf();
    expect(row.version).toBe(before + 1);
    // The audit's "before" is the value the winner replaced, read after the assessment was locked.
    const audited = await db
      .select({ before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.entityId, `${row.id}:V.2`))
      .orderBy(asc(auditLog.at));
    expect(audited.map((a) => [a.before, a.after])).toEqual([
      [
        { stage: "self", unitCode: units[3]!.code, selfValue: null, selfNote: null },
        { stage: "self", unitCode: units[3]!.code, selfValue: { points: 3 }, selfNote: null },
      ],
      [
        { stage: "self", unitCode: units[3]!.code, selfValue: { points: 3 }, selfNote: null },
        { stage: "self", unitCode: units[3]!.code, selfValue: winner.value.value, selfNote: null },
      ],
    ]);
  });
});
