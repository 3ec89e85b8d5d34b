import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { grant, makeUser } from "../../test-support/factories";
import { completeReview } from "../assessments/complete-review";
import { correctPublished } from "../assessments/correct-published";
import { finalizeAssessment } from "../assessments/finalize-assessment";
import { getAssessment } from "../assessments/get-assessment";
import { saveReviewInput } from "../assessments/save-review-input";
import { submitAssessment } from "../assessments/submit-assessment";
import { bringToFinal, fillSelf, publishAll, seenVersion, setUpCluster } from "../assessments/test-fixtures";
import { currentRecord } from "./current-record";

// Approvals carry what the approver saw: a finalize or a correction sent on a version that is no longer
// current is refused with 409, naming the other person's value, and stores nothing.

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const i2 = async (s: Awaited<ReturnType<typeof setUpCluster>>, unit: number) =>
  (
    await getAssessment({
      db: s.db,
      actor: s.admin.actor,
      clusterId: s.cluster.id,
      unitId: s.units[unit]!.id,
    })
  ).criteria.find((c) => c.code === "I.2")!;

describe("approvals carry the version the approver saw", () => {
  it("refuses a finalize on a stale version with the reviewer's new value, and never stores a value unseen", async () => {
    const s = await setUpCluster(database.db);
    const at = { db: s.db, clusterId: s.cluster.id, unitId: s.units[2]!.id };
    await fillSelf(s.db, s.editors[2]!.actor, s.cluster.id, s.units[2]!.id);
    await submitAssessment({ ...at, actor: s.editors[2]!.actor });
    await completeReview({ ...at, actor: s.head.actor });
    const seen = await seenVersion(s, 2);
    // The council has the page open; meanwhile the head lowers I.2 from 5.5 to 4.
    await saveReviewInput({
      ...at,
      actor: s.head.actor,
      input: {
        criterionCode: "I.2",
        value: { points: 4 },
        comment: "Thiếu minh chứng 3 đợt",
        version: (await i2(s, 2)).version,
      },
    });
    await expect(
      finalizeAssessment({ ...at, actor: s.admin.actor, input: { version: seen } }),
    ).rejects.toMatchObject({
      status: 409,
      issues: [{ path: "version" }],
      message: expect.stringMatching(
        new RegExp(`chưa chốt điểm.*${s.head.username} đã lưu tiêu chí I\\.2.*điểm thẩm định hiện là 4 điểm`),
      ),
    });
    const untouched = await getAssessment({ ...at, actor: s.admin.actor });
    expect(untouched.status).toBe("reviewed");
    expect(untouched.criteria.find((c) => c.code === "I.2")?.final).toBeNull();
    // Reloaded, the council finalizes what it now sees: the head's 4.
    await finalizeAssessment({ ...at, actor: s.admin.actor, input: { version: await seenVersion(s, 2) } });
    expect((await i2(s, 2)).final).toEqual({ points: 4 });
  });

  it("refuses a second correction made on the same page with 409 and the first one's value", async () => {
    const s = await setUpCluster(database.db);
    const other = await makeUser(s.db, [grant("council_admin", s.councilId)]);
    await bringToFinal(s);
    await publishAll(s);
    const at = { db: s.db, clusterId: s.cluster.id, unitId: s.units[5]!.id };
    const seen = await seenVersion(s, 5);
    await correctPublished({
      ...at,
      actor: s.admin.actor,
      input: {
        version: seen,
        criterionCode: "I.2",
        value: { points: 6 },
        reason: "Bổ sung minh chứng tháng 12",
      },
    });
    const record = await currentRecord(s.db, s.cluster.id);
    await expect(
      correctPublished({
        ...at,
        actor: other.actor,
        input: {
          version: seen,
          criterionCode: "I.2",
          value: { points: 5 },
          reason: "Theo biên bản thẩm định",
        },
      }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(
        new RegExp(`chưa đính chính.*${s.admin.username} đã lưu tiêu chí I\\.2.*điểm chốt hiện là 6 điểm`),
      ),
    });
    const detail = await getAssessment({ ...at, actor: s.admin.actor });
    expect(detail.corrections.map((c) => c.after)).toEqual([{ points: 6 }]);
    expect((await currentRecord(s.db, s.cluster.id))?.seq).toBe(record?.seq);
    expect(detail.totals.final?.total).toBe(95.9);
  });
});
