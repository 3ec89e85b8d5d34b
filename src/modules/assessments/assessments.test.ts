import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { completeReview } from "./complete-review";
import { explain } from "./explain";
import { finalizeAssessment } from "./finalize-assessment";
import { getAssessment } from "./get-assessment";
import { listAssessments } from "./list-assessments";
import { requestExplanation } from "./request-explanation";
import { saveReviewInput } from "./save-review-input";
import { submitAssessment } from "./submit-assessment";
import { bringToFinal, fillSelf, publishAll, SELF_INPUTS, seenVersion, setUpCluster } from "./test-fixtures";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const row = (detail: Awaited<ReturnType<typeof getAssessment>>, code: string) =>
  detail.criteria.find((c) => c.code === code)!;

describe("the assessment workflow, draft to published", () => {
  it("self-scores, submits, is reviewed, explains, is finalized and published, with a timeline", async () => {
    const s = await setUpCluster(database.db);
    const { db, cluster, units, editors, head } = s;
    const at = { db, clusterId: cluster.id, unitId: units[1]!.id };
    const unit = editors[1]!.actor;
    await fillSelf(db, unit, cluster.id, units[1]!.id);
    let detail = await getAssessment({ ...at, actor: unit });
    expect(detail.status).toBe("draft");
    expect(detail.missing).toEqual([]);
    // Scored alone (nobody else has submitted): 93.9 base + 2 bonus − 0.5 penalty.
    expect(detail.totals.self).toEqual({ total: 95.4, base: 93.9, bonus: 2, penalty: 0.5 });
    expect(row(detail, "I.1").scores.self).toBe(6.8);
    expect(row(detail, "I").scores.self).toBe(22.3);
    expect(detail.can).toMatchObject({ editSelf: true, submit: true, review: false });

    await submitAssessment({ ...at, actor: unit, input: { note: "Gửi Cụm trưởng" } });
    const i2 = row(await getAssessment({ ...at, actor: head.actor }), "I.2");
    await saveReviewInput({
      ...at,
      actor: head.actor,
      input: {
        criterionCode: "I.2",
        value: { points: 4.5 },
        comment: "Thiếu số liệu tháng 4",
        version: i2.version,
      },
    });
    await completeReview({ ...at, actor: head.actor });
    await requestExplanation({
      ...at,
      actor: head.actor,
      input: { note: "Đề nghị giải trình tiêu chí I.2" },
    });
    const reviewed = row(await getAssessment({ ...at, actor: unit }), "I.2");
    expect(reviewed.reviewed).toMatchObject({ value: { points: 4.5 }, comment: "Thiếu số liệu tháng 4" });
    await explain({
      ...at,
      actor: unit,
      input: {
        criterionCode: "I.2",
        explanation: "Số liệu tháng 4 có trong báo cáo số 127-BC/BTGTU",
        version: reviewed.version,
      },
    });
    await finalizeAssessment({
      ...at,
      actor: head.actor,
      input: { version: await seenVersion(s, 1), note: "Thống nhất tại giao ban cụm" },
    });
    // Publication is one act for the cluster: the other five units are agreed first.
    await bringToFinal(s, [0, 2, 3, 4, 5]);
    await publishAll(s);

    detail = await getAssessment({ ...at, actor: unit });
    expect(detail.status).toBe("published");
    expect(detail.statusLabel).toBe("Đã công bố");
    expect(detail.timeline.map((e) => `${e.from}→${e.to}`)).toEqual([
      "draft→submitted",
      "submitted→reviewed",
      "reviewed→explanation",
      "explanation→final",
      "final→published",
    ]);
    expect(detail.timeline[0]).toMatchObject({ note: "Gửi Cụm trưởng", actor: editors[1]!.username });
    expect(row(detail, "I.2")).toMatchObject({
      self: { value: { points: 5.5 } },
      reviewed: { value: { points: 4.5 }, reviewer: head.username },
      explanation: "Số liệu tháng 4 có trong báo cáo số 127-BC/BTGTU",
      final: { points: 4.5 },
      scores: { self: 5.5, final: 4.5 },
    });
    expect(detail.totals.final).toEqual({ total: 94.4, base: 92.9, bonus: 2, penalty: 0.5 });
    expect(detail.can).toEqual(
      expect.objectContaining({ editSelf: false, review: false, finalize: false, publish: false }),
    );
    const list = await listAssessments({ db, actor: s.observer.actor, clusterId: cluster.id });
    expect(list.find((x) => x.unitId === units[1]!.id)).toMatchObject({
      status: "published",
      finalTotal: 94.4,
    });
  });

  it("keeps self, reviewed and final side by side and never takes the larger (self 5.5, reviewed 3.5 → 3.5)", async () => {
    const s = await setUpCluster(database.db);
    const { db, cluster, units, editors, head } = s;
    const at = { db, clusterId: cluster.id, unitId: units[2]!.id };
    await fillSelf(db, editors[2]!.actor, cluster.id, units[2]!.id);
    await submitAssessment({ ...at, actor: editors[2]!.actor });
    const review = async (criterionCode: string, value: object, comment: string) => {
      const current = row(await getAssessment({ ...at, actor: head.actor }), criterionCode);
      await saveReviewInput({
        ...at,
        actor: head.actor,
        input: { criterionCode, value, comment, version: current.version },
      });
    };
    await review("I.2", { points: 3.5 }, "Chỉ 3 đợt tuyên truyền có minh chứng");
    await review("V.2", { points: 5 }, "Hoạt động BCĐ 35 tốt hơn đơn vị tự đánh giá");
    await completeReview({ ...at, actor: head.actor });
    await finalizeAssessment({
      ...at,
      actor: head.actor,
      input: {
        version: await seenVersion(s, 2),
        overrides: [{ criterionCode: "VI.1", value: { points: 4 }, reason: "Hội nghị cụm thống nhất" }],
      },
    });
    const detail = await getAssessment({ ...at, actor: head.actor });
    expect(row(detail, "I.2")).toMatchObject({
      self: { value: { points: 5.5 } },
      reviewed: { value: { points: 3.5 } },
      final: { points: 3.5 },
    });
    expect(row(detail, "V.2")).toMatchObject({ self: { value: { points: 4.5 } }, final: { points: 5 } });
    expect(row(detail, "VI.1")).toMatchObject({
      self: { value: { points: 4.5 } },
      reviewed: { value: null },
      final: { points: 4 },
    });
    expect(row(detail, "I.1").final).toEqual({ level: "Hoàn thành tốt" });
    expect(detail.status).toBe("final");
    expect(detail.timeline.at(-1)?.note).toMatch(/VI\.1: 4 điểm \(Hội nghị cụm thống nhất\)/);
  });

  it("never reveals a competitor's unpublished value through the leader; the head scores the cluster together", async () => {
    const { db, cluster, units, editors, head } = await setUpCluster(database.db);
    await fillSelf(db, editors[1]!.actor, cluster.id, units[1]!.id);
    await fillSelf(db, editors[2]!.actor, cluster.id, units[2]!.id, {
      ...SELF_INPUTS,
      "I.4": { actual: 150 },
    });
    const i4 = async (actor = editors[1]!.actor) =>
      row(await getAssessment({ db, actor, clusterId: cluster.id, unitId: units[1]!.id }), "I.4").scores.self;
    expect(await i4()).toBe(5);
    await submitAssessment({ db, actor: editors[2]!.actor, clusterId: cluster.id, unitId: units[2]!.id });
    // The other unit now leads, but its value is not published: the unit's page must not let it be worked out.
    expect(await i4()).toBe(5);
    await submitAssessment({ db, actor: editors[1]!.actor, clusterId: cluster.id, unitId: units[1]!.id });
    expect(await i4()).toBe(5);
    // The head scores every submitted unit together (150/120 > 130/120): 2.5 + 2.5 × (130/120 − 1) / (150/120 − 1) = 3.33.
    expect(await i4(head.actor)).toBe(3.33);
  });
});
