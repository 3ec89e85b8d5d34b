import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScoreInput } from "../../contracts/cluster-year";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import type { Actor } from "../auth/actor";
import { assignCrossScoring } from "./assign-cross-scoring";
import { completeReview } from "./complete-review";
import { explain } from "./explain";
import { finalizeAssessment } from "./finalize-assessment";
import { getAssessment } from "./get-assessment";
import { listAssessments } from "./list-assessments";
import { publishAssessment } from "./publish-assessment";
import { requestExplanation } from "./request-explanation";
import { saveReviewInput } from "./save-review-input";
import { submitAssessment } from "./submit-assessment";
import { fillSelf, setUpCluster } from "./test-fixtures";

// The demo's year in full: six units self-score, are reviewed (the head's own unit by a cross-scorer),
// one explains, all are finalized and published. The same calls build the demo (src/demo).

const level = (l: string): ScoreInput => ({ level: l });
const pts = (points: number): ScoreInput => ({ points });
const count = (n: number): ScoreInput => ({ count: n });
const actual = (a: number): ScoreInput => ({ actual: a });
const passed = (p: boolean): ScoreInput => ({ passed: p });
const row = (...v: ScoreInput[]): Record<string, ScoreInput> => {
  const codes = [
    "I.1",
    "I.2",
    "I.3",
    "I.4",
    "II.1",
    "II.2",
    "II.3",
    "III.1",
    "III.2",
    "IV.1",
    "IV.2",
    "V.1",
    "V.2",
    "VI.1",
    "VI.2",
  ];
  return Object.fromEntries(codes.map((c, i) => [c, v[i]!]));
};
const xs = "Hoàn thành xuất sắc";
const tot = "Hoàn thành tốt";

/** Index in UNIT_NAMES: 0 Hạ Long (head), 1 Uông Bí (deputy), 2 Quảng Yên, 3 Đông Triều, 4 Cẩm Phả, 5 Móng Cái. */
export const DEMO_SELF: Record<string, ScoreInput>[] = [
  {
    ...row(
      level(xs),
      pts(6),
      count(26),
      actual(168),
      passed(true),
      actual(98),
      level("Tốt"),
      count(12),
      pts(5.5),
      actual(12),
      level("Tốt"),
      actual(41),
      pts(5),
      pts(5),
      passed(true),
    ),
    "T.1": pts(3),
    "T.2": pts(2),
  },
  {
    ...row(
      level(xs),
      pts(5.5),
      count(22),
      actual(150),
      passed(true),
      actual(97),
      level("Tốt"),
      count(12),
      pts(5.5),
      actual(10),
      level("Tốt"),
      actual(36),
      pts(4.5),
      pts(4.5),
      passed(true),
    ),
    "T.1": pts(2),
    "TR.1": count(1),
  },
  {
    ...row(
      level(tot),
      pts(5),
      count(18),
      actual(125),
      passed(true),
      actual(95),
      level("Khá"),
      count(11),
      pts(4.5),
      actual(8),
      level("Khá"),
      actual(30),
      pts(4),
      pts(4),
      passed(true),
    ),
    "T.1": pts(1),
  },
  {
    ...row(
      level(tot),
      pts(5.5),
      count(20),
      actual(132),
      passed(true),
      actual(96),
      level("Tốt"),
      count(12),
      pts(5),
      actual(9),
      level("Khá"),
      actual(33),
      pts(4.5),
      pts(4.5),
      passed(true),
    ),
    "T.1": pts(2),
    "TR.1": count(1),
  },
  {
    ...row(
      level(xs),
      pts(5.5),
      count(24),
      actual(140),
      passed(true),
      actual(97),
      level("Tốt"),
      count(12),
      pts(5),
      actual(11),
      level("Tốt"),
      actual(38),
      pts(5),
      pts(4.5),
      passed(true),
    ),
    "T.1": pts(2),
    "T.2": pts(1),
  },
  {
    ...row(
      level("Hoàn thành"),
      pts(4.5),
      count(14),
      actual(110),
      passed(true),
      actual(92),
      level("Khá"),
      count(10),
      pts(4),
      actual(8),
      level("Trung bình"),
      actual(26),
      pts(3.5),
      pts(4),
      passed(false),
    ),
    "TR.1": count(2),
  },
];

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("a whole cluster-year, six units from draft to published", () => {
  it("ends with every unit published and the final totals the pact gives", async () => {
    const { db, cluster, units, editors, head, admin } = await setUpCluster(database.db);
    const clusterId = cluster.id;
    const on = (u: number) => ({ db, clusterId, unitId: units[u]!.id });
    const versionOf = async (u: number, code: string) =>
      (await getAssessment({ ...on(u), actor: admin.actor })).criteria.find((c) => c.code === code)!.version;
    const review = async (u: number, actor: Actor, code: string, value: ScoreInput, comment: string) =>
      saveReviewInput({
        ...on(u),
        actor,
        input: { criterionCode: code, value, comment, version: await versionOf(u, code) },
      });

    // The head's own unit is cross-scored by the deputy, assigned by the council.
    await assignCrossScoring({
      db,
      actor: admin.actor,
      clusterId,
      input: { reviewerUnitId: units[1]!.id, reviewedUnitId: units[0]!.id },
    });
    for (let u = 0; u < 6; u++) {
      await fillSelf(db, editors[u]!.actor, clusterId, units[u]!.id, DEMO_SELF[u]);
      await submitAssessment({
        ...on(u),
        actor: editors[u]!.actor,
        input: { note: "Gửi báo cáo tự chấm điểm năm 2020" },
      });
    }
    const deputy = editors[1]!.actor;
    await review(0, deputy, "T.1", pts(2), "Mô hình chưa có văn bản công nhận của cấp trên");
    await completeReview({ ...on(0), actor: deputy });
    await requestExplanation({
      ...on(0),
      actor: admin.actor,
      input: { note: "Đề nghị bổ sung văn bản công nhận mô hình" },
    });
    await explain({
      ...on(0),
      actor: editors[0]!.actor,
      input: {
        criterionCode: "T.1",
        explanation: "Mô hình được biểu dương tại Thông báo số 35-TB/BTGTU",
        version: await versionOf(0, "T.1"),
      },
    });
    await finalizeAssessment({
      ...on(0),
      actor: admin.actor,
      input: {
        overrides: [{ criterionCode: "T.1", value: pts(3), reason: "Đã đối chiếu Thông báo số 35-TB/BTGTU" }],
      },
    });
    await review(1, head.actor, "III.2", pts(5), "Báo cáo tháng 7 chưa có đề xuất xử lý");
    await review(2, head.actor, "I.3", count(16), "2 tin trùng lặp");
    await review(3, head.actor, "TR.1", count(2), "Báo cáo quý III gửi chậm 5 ngày");
    await review(5, head.actor, "V.1", actual(24), "2 bài viết đăng lại, không phải bài tự viết");
    for (const u of [1, 2, 3, 4, 5]) await completeReview({ ...on(u), actor: head.actor });
    await requestExplanation({ ...on(3), actor: head.actor });
    await explain({
      ...on(3),
      actor: editors[3]!.actor,
      input: {
        criterionCode: "TR.1",
        explanation: "Do thay đổi cán bộ phụ trách; đã khắc phục từ quý IV",
        version: await versionOf(3, "TR.1"),
      },
    });
    for (const u of [1, 2, 3, 4, 5]) await finalizeAssessment({ ...on(u), actor: head.actor });
    for (let u = 0; u < 6; u++) await publishAssessment({ ...on(u), actor: admin.actor });

    const list = await listAssessments({ db, actor: admin.actor, clusterId });
    expect(list.map((a) => a.status)).toEqual(Array(6).fill("published"));
    const totals = Object.fromEntries(list.map((a) => [a.unitName, [a.selfTotal, a.finalTotal]]));
    // Checked by hand, e.g. Uông Bí: I.4 leaderRelative 2.5 + 2.5 × (1.25 − 1) / (1.4 − 1) = 4.06, V.1 7.73,
    // base 94.29 + bonus 2 − penalty 0.5 = 95.79 self; the head's review of III.2 (5.5 → 5) gives 95.29.
    expect(totals).toEqual({
      "Ban Tuyên giáo Thành ủy Hạ Long": [104.5, 104.5],
      "Ban Tuyên giáo Thành ủy Uông Bí": [95.79, 95.29],
      "Ban Tuyên giáo Thị ủy Quảng Yên": [81.31, 80.81],
      "Ban Tuyên giáo Thị ủy Đông Triều": [89.09, 88.59],
      "Ban Tuyên giáo Thành ủy Cẩm Phả": [98.18, 98.18],
      "Ban Tuyên giáo Thành ủy Móng Cái": [67.07, 66.74],
    });
  });
});
