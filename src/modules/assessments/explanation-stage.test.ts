import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, signIn } from "../../test-support/http";
import { uploadOf } from "../files/put-blob";
import { attachEvidence } from "./attach-evidence";
import { completeReview } from "./complete-review";
import { deleteEvidence } from "./delete-evidence";
import { getAssessment } from "./get-assessment";
import { requestExplanation } from "./request-explanation";
import { saveReviewInput } from "./save-review-input";
import { submitAssessment } from "./submit-assessment";
import { fillSelf, PDF, setUpCluster } from "./test-fixtures";

// The explanation stage (giải trình): the unit may add evidence but not remove what the reviewer saw,
// and "Gửi giải trình" tells the reviewer the answer is ready, once.

let database: Database;
let app: App;
let s: Awaited<ReturnType<typeof setUpCluster>>;
let kept: string;

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpCluster(database.db);
  app = createApp({ db: database.db, databaseKind: database.kind });
  const at = { db: database.db, clusterId: s.cluster.id, unitId: s.units[2]!.id };
  const unit = s.editors[2]!.actor;
  kept = (
    await attachEvidence({
      ...at,
      actor: unit,
      criterionCode: "I.2",
      file: await uploadOf("ke-hoach.pdf", PDF),
    })
  ).id;
  await fillSelf(database.db, unit, s.cluster.id, s.units[2]!.id);
  await submitAssessment({ ...at, actor: unit });
  await saveReviewInput({
    ...at,
    actor: s.head.actor,
    input: { criterionCode: "I.2", value: { points: 3 }, comment: "Chưa có báo cáo kết quả", version: 1 },
  });
  await completeReview({ ...at, actor: s.head.actor });
});
afterAll(async () => {
  await database?.close();
});

const path = (unit: number, tail = "") =>
  `/api/clusters/${s.cluster.id}/assessments/${s.units[unit]!.id}/explanations/send${tail}`;

describe("the explanation stage", () => {
  it("refuses to send an explanation nobody asked for (409)", async () => {
    const unit = await signIn(app, s.editors[2]!.username, TEST_PASSWORD);
    const res = await call(app, unit, "POST", path(2), {});
    expect(res.status).toBe(409);
  });

  it("lets the unit add evidence but not delete the evidence the reviewer saw", async () => {
    const at = { db: database.db, clusterId: s.cluster.id, unitId: s.units[2]!.id };
    await requestExplanation({ ...at, actor: s.head.actor, input: { note: "Bổ sung báo cáo kết quả I.2" } });
    const added = await attachEvidence({
      ...at,
      actor: s.editors[2]!.actor,
      criterionCode: "I.2",
      file: await uploadOf("bao-cao-ket-qua.pdf", PDF),
    });
    await expect(deleteEvidence({ ...at, actor: s.editors[2]!.actor, fileId: kept })).rejects.toMatchObject({
      status: 409,
    });
    await expect(
      deleteEvidence({ ...at, actor: s.editors[2]!.actor, fileId: added.id }),
    ).rejects.toMatchObject({
      status: 409,
    });
    const detail = await getAssessment({ ...at, actor: s.editors[2]!.actor });
    const files = detail.criteria.find((c) => c.code === "I.2")!.evidence;
    expect(files.map((f) => [f.name, f.canDelete])).toEqual([
      ["ke-hoach.pdf", false],
      ["bao-cao-ket-qua.pdf", false],
    ]);
  });

  it("is sent by the unit's editor only, shows in the timeline, and only once", async () => {
    const head = await signIn(app, s.head.username, TEST_PASSWORD);
    const other = await signIn(app, s.editors[3]!.username, TEST_PASSWORD);
    const unit = await signIn(app, s.editors[2]!.username, TEST_PASSWORD);
    expect((await call(app, head, "POST", path(2), {})).status).toBe(403);
    expect((await call(app, other, "POST", path(2), {})).status).toBe(403);
    expect((await call(app, unit, "POST", path(2), {}, { csrf: false })).status).toBe(403);
    const sent = await call(app, unit, "POST", path(2), { note: "Đã bổ sung báo cáo kết quả tiêu chí I.2" });
    expect(sent.status).toBe(200);
    expect(await sent.json()).toEqual({ data: { status: "explanation", sent: true } });
    const detail = await getAssessment({
      db: database.db,
      actor: s.head.actor,
      clusterId: s.cluster.id,
      unitId: s.units[2]!.id,
    });
    expect(detail.status).toBe("explanation");
    expect(detail.timeline.at(-1)).toMatchObject({
      from: "explanation",
      to: "explanation",
      note: "Đã bổ sung báo cáo kết quả tiêu chí I.2",
    });
    const again = await call(app, unit, "POST", path(2), {});
    expect(again.status).toBe(409);
    expect(((await again.json()) as { message: string }).message).toContain("đã gửi giải trình");
  });

  it("refuses a note with a NUL character, naming the field and where", async () => {
    const unit = await signIn(app, s.editors[2]!.username, TEST_PASSWORD);
    const res = await call(app, unit, "POST", path(2), { note: "a\u0000b" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(body.error).toBe("validation");
    expect(body.issues).toEqual([
      {
        path: "note",
        message: "Chứa ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode bị cắt đôi) ở ký tự thứ 2",
      },
    ]);
  });
});

describe("completing a partial review", () => {
  it("records in the timeline which criteria keep the self score", async () => {
    const fresh = await setUpCluster(database.db);
    const at = { db: database.db, clusterId: fresh.cluster.id, unitId: fresh.units[3]!.id };
    await fillSelf(database.db, fresh.editors[3]!.actor, fresh.cluster.id, fresh.units[3]!.id);
    await submitAssessment({ ...at, actor: fresh.editors[3]!.actor });
    await saveReviewInput({
      ...at,
      actor: fresh.head.actor,
      input: { criterionCode: "I.2", value: { points: 5.5 }, version: 1 },
    });
    await completeReview({ ...at, actor: fresh.head.actor, input: { note: "Đã đối chiếu minh chứng I.2" } });
    const detail = await getAssessment({ ...at, actor: fresh.head.actor });
    // 17 criteria have a self value (fixtures), one of them reviewed: 16 keep the self score.
    expect(detail.timeline.at(-1)?.note).toBe(
      "Đã đối chiếu minh chứng I.2\nGiữ điểm tự chấm cho 16 tiêu chí chưa thẩm định: I.1, I.3, I.4, II.1, II.2, II.3, III.1, III.2, IV.1, IV.2, V.1, V.2, VI.1, VI.2, T.1, TR.1",
    );
  });
});
