import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScoreInput } from "../../contracts/cluster-year";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { selfInputs2020, TARGETS_2020 } from "../../demo/scores-2020";
import type { Actor } from "../auth/actor";
import { assignCrossScoring } from "./assign-cross-scoring";
import { completeReview } from "./complete-review";
import { explain } from "./explain";
import { finalizeAssessment } from "./finalize-assessment";
import { getAssessment } from "./get-assessment";
import { listAssessments } from "./list-assessments";
import { requestExplanation } from "./request-explanation";
import { saveReviewInput } from "./save-review-input";
import { submitAssessment } from "./submit-assessment";
import { fillSelf, publishAll, seenVersion, setUpCluster } from "./test-fixtures";

// The demo's year in full: six units self-score, are reviewed (the head's own unit by a cross-scorer),
// one explains, all are finalized and published. The same calls build the demo (src/demo).

const pts = (points: number): ScoreInput => ({ points });
const count = (n: number): ScoreInput => ({ count: n });
const actual = (a: number): ScoreInput => ({ actual: a });
const TARGETS = TARGETS_2020;
const selfOf = selfInputs2020;

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("a whole cluster-year, six units from draft to published", () => {
  it("ends with every unit published and the final totals the pact gives", async () => {
    const setup = await setUpCluster(database.db, { targets: TARGETS });
    const { db, cluster, units, editors, head, admin } = setup;
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
      await fillSelf(db, editors[u]!.actor, clusterId, units[u]!.id, selfOf(u));
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
        version: await seenVersion(setup, 0),
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
    for (const u of [1, 2, 3, 4, 5]) {
      await finalizeAssessment({
        ...on(u),
        actor: head.actor,
        input: { version: await seenVersion(setup, u) },
      });
    }
    await publishAll(setup);

    const list = await listAssessments({ db, actor: admin.actor, clusterId });
    expect(list.map((a) => a.status)).toEqual(Array(6).fill("published"));
    const totals = Object.fromEntries(list.map((a) => [a.unitName, [a.selfTotal, a.finalTotal]]));
    // Checked by hand, e.g. Uông Bí: it leads I.4 (150/130 is the best ratio) so 5; V.1 against Hạ Long's
    // 52/45: 5 + 5 × (36/32 − 1) / (52/45 − 1) = 9.02; base 96.52 + bonus 2 − penalty 0.5 = 98.02 self,
    // and the head's review of III.2 (5.5 → 5) gives 97.52 final.
    expect(totals).toEqual({
      "Ban Tuyên giáo Thành ủy Hạ Long": [104.26, 104.26],
      "Ban Tuyên giáo Thành ủy Uông Bí": [98.02, 97.52],
      "Ban Tuyên giáo Thị ủy Quảng Yên": [86.13, 85.63],
      "Ban Tuyên giáo Thị ủy Đông Triều": [91.92, 91.42],
      "Ban Tuyên giáo Thành ủy Cẩm Phả": [98.01, 98.01],
      "Ban Tuyên giáo Thành ủy Móng Cái": [67.69, 67.36],
    });
  });
});
