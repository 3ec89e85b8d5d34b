import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { assignCrossScoring } from "./assign-cross-scoring";
import { completeReview } from "./complete-review";
import { finalizeAssessment } from "./finalize-assessment";
import { getAssessment } from "./get-assessment";
import { listAssessments } from "./list-assessments";
import { listCrossScoring } from "./list-cross-scoring";
import { saveReviewInput } from "./save-review-input";
import { saveSelfInput } from "./save-self-input";
import { submitAssessment } from "./submit-assessment";
import { fillSelf, publishAll, seenVersion, setUpCluster } from "./test-fixtures";

let database: Database;
let s: Awaited<ReturnType<typeof setUpCluster>>;
beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpCluster(database.db);
});
afterAll(async () => {
  await database?.close();
});

const at = (unit: number) => ({ db: s.db, clusterId: s.cluster.id, unitId: s.units[unit]!.id });
const self = (criterionCode: string, points: number, version = 0) => ({
  criterionCode,
  value: { points },
  version,
});
const review = (criterionCode: string, points: number, version: number) => ({
  criterionCode,
  value: { points },
  comment: "Đối chiếu minh chứng",
  version,
});
const versionOf = async (unit: number, code: string) =>
  (await getAssessment({ ...at(unit), actor: s.admin.actor })).criteria.find((c) => c.code === code)!.version;

describe("who sees and changes an assessment", () => {
  it("keeps a unit's draft to itself (404 for others) until it is submitted", async () => {
    const { editors, head, observer, viewer, foreignAdmin, admin } = s;
    await fillSelf(s.db, editors[1]!.actor, s.cluster.id, s.units[1]!.id);
    for (const actor of [editors[2]!.actor, head.actor, observer.actor, foreignAdmin.actor]) {
      await expect(getAssessment({ ...at(1), actor })).rejects.toMatchObject({ status: 404 });
    }
    // The unit's own viewer and the council see it; the viewer may not change it.
    expect((await getAssessment({ ...at(1), actor: viewer.actor })).totals.self?.total).toBe(95.4);
    expect((await getAssessment({ ...at(1), actor: admin.actor })).status).toBe("draft");
    await expect(
      saveSelfInput({ ...at(1), actor: viewer.actor, input: self("I.2", 3, 1) }),
    ).rejects.toMatchObject({
      status: 403,
    });
    // Another unit's editor cannot write to it either, nor learn it exists.
    await expect(
      saveSelfInput({ ...at(1), actor: editors[2]!.actor, input: self("I.2", 3, 1) }),
    ).rejects.toMatchObject({
      status: 404,
    });
    const seenByOther = (
      await listAssessments({ db: s.db, actor: editors[2]!.actor, clusterId: s.cluster.id })
    ).find((a) => a.unitId === s.units[1]!.id);
    expect(seenByOther).toMatchObject({
      status: "draft",
      selfTotal: null,
      finalTotal: null,
      canRead: false,
      // How far another unit's draft has got is its own business (the contract says null).
      missingCount: null,
      evidenceCount: null,
    });
    const seenByObserver = await listAssessments({
      db: s.db,
      actor: observer.actor,
      clusterId: s.cluster.id,
    });
    expect(seenByObserver.every((a) => a.selfTotal === null && a.missingCount === null)).toBe(true);
    await expect(
      listAssessments({ db: s.db, actor: foreignAdmin.actor, clusterId: s.cluster.id }),
    ).rejects.toMatchObject({
      status: 404,
    });

    await submitAssessment({ ...at(1), actor: editors[1]!.actor });
    const read = await getAssessment({ ...at(1), actor: editors[2]!.actor });
    expect(read.totals.self?.total).toBe(95.4);
    expect(read.can).toMatchObject({ editSelf: false, review: false, finalize: false });
    await expect(
      saveSelfInput({ ...at(1), actor: editors[2]!.actor, input: self("I.2", 3, 1) }),
    ).rejects.toMatchObject({
      status: 403,
    });
    await expect(getAssessment({ ...at(1), actor: observer.actor })).rejects.toMatchObject({ status: 404 });
  });

  it("lets the head review others but not the head's own unit; only the council publishes", async () => {
    const { editors, head, admin } = s;
    await fillSelf(s.db, editors[0]!.actor, s.cluster.id, s.units[0]!.id);
    await submitAssessment({ ...at(0), actor: editors[0]!.actor });
    await expect(
      saveReviewInput({ ...at(0), actor: head.actor, input: review("I.2", 3, await versionOf(0, "I.2")) }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(completeReview({ ...at(0), actor: head.actor })).rejects.toMatchObject({ status: 403 });
    await saveReviewInput({
      ...at(0),
      actor: admin.actor,
      input: review("I.2", 3, await versionOf(0, "I.2")),
    });
    await completeReview({ ...at(0), actor: admin.actor });
    await finalizeAssessment({ ...at(0), actor: admin.actor, input: { version: await seenVersion(s, 0) } });
    await expect(publishAll(s, head.actor)).rejects.toMatchObject({ status: 403 });
    await expect(publishAll(s, editors[0]!.actor)).rejects.toMatchObject({ status: 403 });
    // The council publishes the cluster as a whole, once every unit is final: not one unit ahead of the others.
    await expect(publishAll(s)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("còn 5 đơn vị chưa chốt"),
    });
    // Observers read published results, and only those.
    await expect(getAssessment({ ...at(0), actor: s.observer.actor })).rejects.toMatchObject({ status: 404 });
  });

  it("lets a cross-scorer review only the unit assigned to it, assigned by the council only", async () => {
    const { editors, head, admin } = s;
    const pair = { reviewerUnitId: s.units[3]!.id, reviewedUnitId: s.units[2]!.id };
    await expect(
      assignCrossScoring({ db: s.db, actor: head.actor, clusterId: s.cluster.id, input: pair }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      assignCrossScoring({
        db: s.db,
        actor: admin.actor,
        clusterId: s.cluster.id,
        input: { ...pair, reviewerUnitId: pair.reviewedUnitId },
      }),
    ).rejects.toMatchObject({ status: 400, issues: [{ path: "reviewerUnitId" }] });
    await assignCrossScoring({ db: s.db, actor: admin.actor, clusterId: s.cluster.id, input: pair });
    await expect(
      assignCrossScoring({ db: s.db, actor: admin.actor, clusterId: s.cluster.id, input: pair }),
    ).rejects.toMatchObject({ status: 409 });
    expect(await listCrossScoring({ db: s.db, actor: editors[5]!.actor, clusterId: s.cluster.id })).toEqual([
      pair,
    ]);

    for (const u of [2, 4]) {
      await fillSelf(s.db, editors[u]!.actor, s.cluster.id, s.units[u]!.id);
      await submitAssessment({ ...at(u), actor: editors[u]!.actor });
    }
    const crossScorer = editors[3]!.actor;
    const saved = await saveReviewInput({
      ...at(2),
      actor: crossScorer,
      input: review("V.2", 4, await versionOf(2, "V.2")),
    });
    expect(saved.value).toEqual({ points: 4 });
    await expect(
      saveReviewInput({ ...at(4), actor: crossScorer, input: review("V.2", 4, await versionOf(4, "V.2")) }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      finalizeAssessment({ ...at(2), actor: crossScorer, input: { version: 1 } }),
    ).rejects.toMatchObject({ status: 403 });
    expect((await completeReview({ ...at(2), actor: crossScorer })).status).toBe("reviewed");
    // The unit being reviewed cannot review itself.
    await expect(
      saveReviewInput({
        ...at(4),
        actor: editors[4]!.actor,
        input: review("V.2", 5, await versionOf(4, "V.2")),
      }),
    ).rejects.toMatchObject({ status: 403 });
    const item = (await listAssessments({ db: s.db, actor: admin.actor, clusterId: s.cluster.id })).find(
      (a) => a.unitId === s.units[2]!.id,
    );
    expect(item).toMatchObject({ status: "reviewed", reviewerUnitIds: [s.units[3]!.id] });
    await assignCrossScoring({
      db: s.db,
      actor: admin.actor,
      clusterId: s.cluster.id,
      input: pair,
      remove: true,
    });
    expect(await listCrossScoring({ db: s.db, actor: admin.actor, clusterId: s.cluster.id })).toEqual([]);
  });

  it("says why a move is refused when the role allows it but the status does not (409)", async () => {
    const { editors, head } = s;
    await expect(completeReview({ ...at(5), actor: head.actor })).rejects.toMatchObject({
      status: 404,
    });
    await fillSelf(s.db, editors[5]!.actor, s.cluster.id, s.units[5]!.id);
    await submitAssessment({ ...at(5), actor: editors[5]!.actor });
    await expect(submitAssessment({ ...at(5), actor: editors[5]!.actor })).rejects.toMatchObject({
      status: 409,
      message: 'Không thể nộp bản tự chấm khi bản chấm điểm đang ở trạng thái "Đã nộp, chờ thẩm định".',
    });
    await expect(
      finalizeAssessment({ ...at(5), actor: head.actor, input: { version: 1 } }),
    ).rejects.toMatchObject({ status: 409 });
  });
});
