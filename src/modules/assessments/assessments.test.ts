import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { completeReview } from "./complete-review";
import { correctPublished } from "./correct-published";
import { explain } from "./explain";
import { finalizeAssessment } from "./finalize-assessment";
import { getAssessment } from "./get-assessment";
import { listAssessments } from "./list-assessments";
import { publishAssessment } from "./publish-assessment";
import { requestExplanation } from "./request-explanation";
import { saveReviewInput } from "./save-review-input";
import { saveSelfInput } from "./save-self-input";
import { submitAssessment } from "./submit-assessment";
import { fillSelf, SELF_INPUTS, setUpCluster } from "./test-fixtures";

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
    const { db, cluster, units, editors, head, admin } = s;
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
      input: { criterionCode: "I.2", value: { points: 4.5 }, comment: "Thiếu số liệu tháng 4", version: i2.version },
    });
    await completeReview({ ...at, actor: head.actor });
    await requestExplanation({ ...at, actor: head.actor, input: { note: "Đề nghị giải trình tiêu chí I.2" } });
    const reviewed = row(await getAssessment({ ...at, actor: unit }), "I.2");
    expect(reviewed.reviewed).toMatchObject({ value: { points: 4.5 }, comment: "Thiếu số liệu tháng 4" });
    await explain({
      ...at,
      actor: unit,
      input: { criterionCode: "I.2", explanation: "Số liệu tháng 4 có trong báo cáo số 127-BC/BTGTU", version: reviewed.version },
    });
    await finalizeAssessment({ ...at, actor: head.actor, input: { note: "Thống nhất tại giao ban cụm" } });
    await publishAssessment({ ...at, actor: admin.actor });

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
    expect(list.find((x) => x.unitId === units[1]!.id)).toMatchObject({ status: "published", finalTotal: 94.4 });
  });

  it("keeps self, reviewed and final side by side and never takes the larger (self 5.5, reviewed 3.5 → 3.5)", async () => {
    const { db, cluster, units, editors, head } = await setUpCluster(database.db);
    const at = { db, clusterId: cluster.id, unitId: units[2]!.id };
    await fillSelf(db, editors[2]!.actor, cluster.id, units[2]!.id);
    await submitAssessment({ ...at, actor: editors[2]!.actor });
    const review = async (criterionCode: string, value: object, comment: string) => {
      const current = row(await getAssessment({ ...at, actor: head.actor }), criterionCode);
      await saveReviewInput({ ...at, actor: head.actor, input: { criterionCode, value, comment, version: current.version } });
    };
    await review("I.2", { points: 3.5 }, "Chỉ 3 đợt tuyên truyền có minh chứng");
    await review("V.2", { points: 5 }, "Hoạt động BCĐ 35 tốt hơn đơn vị tự đánh giá");
    await completeReview({ ...at, actor: head.actor });
    await finalizeAssessment({
      ...at,
      actor: head.actor,
      input: { overrides: [{ criterionCode: "VI.1", value: { points: 4 }, reason: "Hội nghị cụm thống nhất" }] },
    });
    const detail = await getAssessment({ ...at, actor: head.actor });
    expect(row(detail, "I.2")).toMatchObject({ self: { value: { points: 5.5 } }, reviewed: { value: { points: 3.5 } }, final: { points: 3.5 } });
    expect(row(detail, "V.2")).toMatchObject({ self: { value: { points: 4.5 } }, final: { points: 5 } });
    expect(row(detail, "VI.1")).toMatchObject({ self: { value: { points: 4.5 } }, reviewed: { value: null }, final: { points: 4 } });
    expect(row(detail, "I.1").final).toEqual({ level: "Hoàn thành tốt" });
    expect(detail.status).toBe("final");
    expect(detail.timeline.at(-1)?.note).toMatch(/VI\.1: 4 điểm \(Hội nghị cụm thống nhất\)/);
  });

  it("scores the whole cluster together: another unit's draft never moves a leaderRelative score", async () => {
    const { db, cluster, units, editors } = await setUpCluster(database.db);
    await fillSelf(db, editors[1]!.actor, cluster.id, units[1]!.id);
    await fillSelf(db, editors[2]!.actor, cluster.id, units[2]!.id, { ...SELF_INPUTS, "I.4": { actual: 150 } });
    const i4 = async () =>
      row(await getAssessment({ db, actor: editors[1]!.actor, clusterId: cluster.id, unitId: units[1]!.id }), "I.4")
        .scores.self;
    expect(await i4()).toBe(5);
    await submitAssessment({ db, actor: editors[2]!.actor, clusterId: cluster.id, unitId: units[2]!.id });
    // Now the other unit leads (150/120 > 130/120): 2.5 + 2.5 × (130/120 − 1) / (150/120 − 1) = 3.33.
    expect(await i4()).toBe(3.33);
  });
});

describe("bad input is refused, never clamped", () => {
  it("refuses values the engine would refuse, located and in Vietnamese, and stores nothing", async () => {
    const { db, cluster, units, editors } = await setUpCluster(database.db);
    const at = { db, actor: editors[1]!.actor, clusterId: cluster.id, unitId: units[1]!.id };
    const refused = async (criterionCode: string, value: unknown) => {
      try {
        await saveSelfInput({ ...at, input: { criterionCode, value, version: 0 } });
      } catch (error) {
        return error as { status: number; issues: { path: string; message: string }[] };
      }
      throw new Error(`${criterionCode} was accepted`);
    };
    expect(await refused("I.2", { points: 7 })).toMatchObject({
      status: 400,
      issues: [{ path: "value.points", message: "không được vượt quá 6 (điểm tối đa của tiêu chí I.2)" }],
    });
    expect((await refused("I.1", { level: "Xuất sắc lắm" })).issues[0]).toEqual({
      path: "value.level",
      message: expect.stringMatching(/^mức "Xuất sắc lắm" không có trong bảng tiêu chí \(các mức: "Hoàn thành xuất sắc"/),
    });
    expect((await refused("III.1", { count: -1 })).issues).toEqual([
      { path: "value.count", message: "phải là số nguyên không âm (0, 1, 2…)" },
    ]);
    expect((await refused("III.1", { count: 1.5 })).issues[0]?.path).toBe("value.count");
    expect((await refused("I", { points: 3 })).issues[0]).toMatchObject({ path: "criterionCode", message: expect.stringMatching(/nhóm tiêu chí/) });
    expect((await refused("IX", { points: 3 })).issues[0]).toMatchObject({ path: "criterionCode" });
    expect((await refused("II.1", { points: 6 })).issues.map((i) => i.path).sort()).toEqual(["value.passed", "value.points"]);
    expect((await refused("V.2", { points: -0.5 })).issues[0]?.message).toBe("phải là số không âm (≥ 0)");
    const detail = await getAssessment(at);
    expect(detail.criteria.filter((c) => c.self.value !== null)).toEqual([]);
  });

  it("lists every criterion still missing on submit; bonus and penalty may stay empty", async () => {
    const { db, cluster, units, editors } = await setUpCluster(database.db);
    const at = { db, actor: editors[3]!.actor, clusterId: cluster.id, unitId: units[3]!.id };
    const { "I.3": _a, "II.2": _b, "T.1": _c, "TR.1": _d, ...partial } = SELF_INPUTS;
    await fillSelf(db, at.actor, cluster.id, units[3]!.id, partial);
    await expect(submitAssessment(at)).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/còn 2 tiêu chí chưa tự chấm \(I\.3, II\.2\)/),
      issues: [
        { path: "I.3", message: expect.stringMatching(/^Chưa tự chấm: Tuyên truyền Đại hội/) },
        { path: "II.2", message: expect.stringMatching(/^Chưa tự chấm: Tỷ lệ/) },
      ],
    });
    expect((await getAssessment(at)).missing).toEqual(["I.3", "II.2"]);
    await fillSelf(db, at.actor, cluster.id, units[3]!.id, { "I.3": { count: 8 }, "II.2": { actual: 90 } });
    expect((await submitAssessment(at)).status).toBe("submitted");
  });

  it("needs a comment when the reviewed value differs from the self value", async () => {
    const { db, cluster, units, editors, head } = await setUpCluster(database.db);
    const at = { db, clusterId: cluster.id, unitId: units[4]!.id };
    await fillSelf(db, editors[4]!.actor, cluster.id, units[4]!.id);
    await submitAssessment({ ...at, actor: editors[4]!.actor });
    const version = row(await getAssessment({ ...at, actor: head.actor }), "II.1").version;
    await expect(
      saveReviewInput({ ...at, actor: head.actor, input: { criterionCode: "II.1", value: { passed: false }, version } }),
    ).rejects.toMatchObject({ status: 400, issues: [{ path: "comment", message: expect.stringMatching(/Không đạt.*Đạt/) }] });
    // Confirming the unit's own value needs no comment.
    const saved = await saveReviewInput({ ...at, actor: head.actor, input: { criterionCode: "II.1", value: { passed: true }, version } });
    expect(saved.version).toBe(version + 1);
  });
});

describe("published results are locked; a correction is a reasoned record", () => {
  it("refuses every change after publishing and records a correction with the old value", async () => {
    const { db, councilId, cluster, units, editors, head, admin } = await setUpCluster(database.db);
    const at = { db, clusterId: cluster.id, unitId: units[5]!.id };
    await fillSelf(db, editors[5]!.actor, cluster.id, units[5]!.id);
    await submitAssessment({ ...at, actor: editors[5]!.actor });
    await completeReview({ ...at, actor: head.actor });
    await finalizeAssessment({ ...at, actor: head.actor });
    await publishAssessment({ ...at, actor: admin.actor });
    const version = row(await getAssessment({ ...at, actor: admin.actor }), "I.2").version;
    const locked = { status: 409, message: expect.stringMatching(/đã công bố và được khóa/) };
    await expect(
      saveSelfInput({ ...at, actor: admin.actor, input: { criterionCode: "I.2", value: { points: 6 }, version } }),
    ).rejects.toMatchObject(locked);
    await expect(
      saveReviewInput({ ...at, actor: admin.actor, input: { criterionCode: "I.2", value: { points: 6 }, comment: "x", version } }),
    ).rejects.toMatchObject(locked);
    await expect(finalizeAssessment({ ...at, actor: admin.actor })).rejects.toMatchObject(locked);
    await expect(publishAssessment({ ...at, actor: admin.actor })).rejects.toMatchObject(locked);
    await expect(
      correctPublished({ ...at, actor: admin.actor, input: { criterionCode: "I.2", value: { points: 6 } } }),
    ).rejects.toMatchObject({ status: 400, issues: [{ path: "reason" }] });
    await expect(
      correctPublished({ ...at, actor: head.actor, input: { criterionCode: "I.2", value: { points: 6 }, reason: "x" } }),
    ).rejects.toMatchObject({ status: 403 });
    const reason = "Bổ sung minh chứng đợt tuyên truyền tháng 12 (Công văn số 45-CV/BTGTU)";
    const correction = await correctPublished({
      ...at,
      actor: admin.actor,
      input: { criterionCode: "I.2", value: { points: 6 }, reason },
    });
    expect(correction).toMatchObject({ before: { points: 5.5 }, after: { points: 6 } });
    const detail = await getAssessment({ ...at, actor: editors[5]!.actor });
    expect(detail.status).toBe("published");
    expect(row(detail, "I.2")).toMatchObject({ self: { value: { points: 5.5 } }, final: { points: 6 }, scores: { final: 6 } });
    expect(detail.corrections).toEqual([
      expect.objectContaining({ criterionCode: "I.2", before: { points: 5.5 }, after: { points: 6 }, reason, actor: admin.username }),
    ]);
    expect(detail.totals.final?.total).toBe(95.9);
    expect(detail.timeline.at(-1)).toMatchObject({ from: "published", to: "published", note: expect.stringContaining(reason) });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, councilId), eq(auditLog.action, "correct")));
    expect(audit).toMatchObject({
      before: { stage: "correction", finalValue: { points: 5.5 } },
      after: { stage: "correction", finalValue: { points: 6 }, reason },
    });
  });

  it("audits every input change with the stage, the old and the new value", async () => {
    const { db, councilId, cluster, units, editors } = await setUpCluster(database.db);
    const at = { db, actor: editors[0]!.actor, clusterId: cluster.id, unitId: units[0]!.id };
    const first = await saveSelfInput({ ...at, input: { criterionCode: "I.2", value: { points: 4 }, version: 0 } });
    await saveSelfInput({ ...at, input: { criterionCode: "I.2", value: { points: 5 }, note: "Thêm 2 đợt", version: first.version } });
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, councilId), eq(auditLog.entity, "assessment_input")))
      .orderBy(asc(auditLog.seq));
    expect(rows.map((r) => [r.before, r.after])).toEqual([
      [
        expect.objectContaining({ stage: "self", selfValue: null }),
        expect.objectContaining({ stage: "self", selfValue: { points: 4 } }),
      ],
      [
        expect.objectContaining({ stage: "self", selfValue: { points: 4 } }),
        expect.objectContaining({ stage: "self", selfValue: { points: 5 }, selfNote: "Thêm 2 đợt" }),
      ],
    ]);
  });
});
