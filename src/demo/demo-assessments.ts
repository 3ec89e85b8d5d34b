import type { Db } from "../db/types";
import { assignCrossScoring } from "../modules/assessments/assign-cross-scoring";
import { completeReview } from "../modules/assessments/complete-review";
import { explain } from "../modules/assessments/explain";
import { finalizeAssessment } from "../modules/assessments/finalize-assessment";
import { getAssessment } from "../modules/assessments/get-assessment";
import { requestExplanation } from "../modules/assessments/request-explanation";
import { saveReviewInput } from "../modules/assessments/save-review-input";
import { saveSelfInput } from "../modules/assessments/save-self-input";
import { submitAssessment } from "../modules/assessments/submit-assessment";
import type { Actor } from "../modules/auth/actor";
import { getPublication } from "../modules/publication/get-publication";
import { publishCluster } from "../modules/publication/publish-cluster";
import { REVIEWS_2020, selfInputs2020, UNIT_CODES } from "./scores-2020";

export type DemoActors = {
  admin: Actor;
  head: Actor;
  editors: Map<string, Actor>;
  unitIds: Map<string, string>;
};

/**
 * The 2020 year played through by the demo's own accounts: every unit self-scores and submits; the head
 * reviews (its own unit, Hạ Long, by the deputy as cross-scorer); Hạ Long and Đông Triều explain; all
 * are finalized and the council publishes the cluster's results in one act.
 */
export async function playDemoYear2020(db: Db, clusterId: string, who: DemoActors): Promise<void> {
  const on = (code: string) => ({ db, clusterId, unitId: who.unitIds.get(code) as string });
  const editor = (code: string) => who.editors.get(code) as Actor;
  const versionOf = async (code: string, criterion: string) =>
    (await getAssessment({ ...on(code), actor: who.admin })).criteria.find((c) => c.code === criterion)
      ?.version ?? 0;

  await assignCrossScoring({
    db,
    actor: who.admin,
    clusterId,
    input: { reviewerUnitId: who.unitIds.get("UB"), reviewedUnitId: who.unitIds.get("HL") },
  });
  for (const [i, code] of UNIT_CODES.entries()) {
    for (const [criterionCode, value] of Object.entries(selfInputs2020(i))) {
      await saveSelfInput({ ...on(code), actor: editor(code), input: { criterionCode, value, version: 0 } });
    }
    await submitAssessment({
      ...on(code),
      actor: editor(code),
      input: { note: "Gửi báo cáo tự chấm điểm năm 2020" },
    });
  }
  for (const [code, criterionCode, value, comment] of REVIEWS_2020) {
    const actor = code === "HL" ? editor("UB") : who.head;
    const version = await versionOf(code, criterionCode);
    await saveReviewInput({ ...on(code), actor, input: { criterionCode, value, comment, version } });
  }
  await completeReview({ ...on("HL"), actor: editor("UB") });
  const others = UNIT_CODES.filter((c) => c !== "HL");
  for (const code of others) await completeReview({ ...on(code), actor: who.head });

  await requestExplanation({
    ...on("HL"),
    actor: who.admin,
    input: { note: "Đề nghị bổ sung văn bản công nhận mô hình" },
  });
  await explain({
    ...on("HL"),
    actor: editor("HL"),
    input: {
      criterionCode: "T.1",
      explanation: "Mô hình được biểu dương tại Thông báo của Ban Tuyên giáo Tỉnh ủy",
      version: await versionOf("HL", "T.1"),
    },
  });
  await requestExplanation({ ...on("DT"), actor: who.head });
  await explain({
    ...on("DT"),
    actor: editor("DT"),
    input: {
      criterionCode: "TR.1",
      explanation: "Do thay đổi cán bộ phụ trách; đã khắc phục từ quý IV",
      version: await versionOf("DT", "TR.1"),
    },
  });

  const seen = async (code: string) => (await getAssessment({ ...on(code), actor: who.admin })).version;
  await finalizeAssessment({
    ...on("HL"),
    actor: who.admin,
    input: {
      version: await seen("HL"),
      overrides: [
        {
          criterionCode: "T.1",
          value: { points: 3 },
          reason: "Đã đối chiếu văn bản biểu dương của Ban Tuyên giáo Tỉnh ủy",
        },
      ],
    },
  });
  for (const code of others) {
    await finalizeAssessment({ ...on(code), actor: who.head, input: { version: await seen(code) } });
  }
  const publication = await getPublication({ db, actor: who.admin, clusterId });
  const versions = Object.fromEntries(publication.units.map((u) => [u.unitId, u.version]));
  await publishCluster({ db, actor: who.admin, clusterId, input: { versions } });
}
