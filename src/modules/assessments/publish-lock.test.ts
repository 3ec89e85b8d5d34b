import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { correctPublished } from "./correct-published";
import { finalizeAssessment } from "./finalize-assessment";
import { getAssessment } from "./get-assessment";
import { saveReviewInput } from "./save-review-input";
import { saveSelfInput } from "./save-self-input";
import { bringToFinal, publishAll, seenVersion, setUpCluster } from "./test-fixtures";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const row = (detail: Awaited<ReturnType<typeof getAssessment>>, code: string) =>
  detail.criteria.find((c) => c.code === code)!;

describe("published results are locked; a correction is a reasoned record", () => {
  it("refuses every change after publishing and records a correction with the old value", async () => {
    const s = await setUpCluster(database.db);
    const { db, councilId, cluster, units, editors, head, admin } = s;
    const at = { db, clusterId: cluster.id, unitId: units[5]!.id };
    await bringToFinal(s);
    await publishAll(s);
    const version = row(await getAssessment({ ...at, actor: admin.actor }), "I.2").version;
    const locked = { status: 409, message: expect.stringMatching(/đã công bố và được khóa/) };
    await expect(
      saveSelfInput({
        ...at,
        actor: admin.actor,
        input: { criterionCode: "I.2", value: { points: 6 }, version },
      }),
    ).rejects.toMatchObject(locked);
    await expect(
      saveReviewInput({
        ...at,
        actor: admin.actor,
        input: { criterionCode: "I.2", value: { points: 6 }, comment: "x", version },
      }),
    ).rejects.toMatchObject(locked);
    const seen = await seenVersion(s, 5);
    await expect(
      finalizeAssessment({ ...at, actor: admin.actor, input: { version: seen } }),
    ).rejects.toMatchObject(locked);
    await expect(publishAll(s)).rejects.toMatchObject({ status: 409 });
    await expect(
      correctPublished({
        ...at,
        actor: admin.actor,
        input: { version: seen, criterionCode: "I.2", value: { points: 6 } },
      }),
    ).rejects.toMatchObject({ status: 400, issues: [{ path: "reason" }] });
    await expect(
      correctPublished({
        ...at,
        actor: head.actor,
        input: { version: seen, criterionCode: "I.2", value: { points: 6 }, reason: "x" },
      }),
    ).rejects.toMatchObject({ status: 403 });
    const reason = "Bổ sung minh chứng đợt tuyên truyền tháng 12 (Công văn số 45-CV/BTGTU)";
    const correction = await correctPublished({
      ...at,
      actor: admin.actor,
      input: { version: seen, criterionCode: "I.2", value: { points: 6 }, reason },
    });
    expect(correction).toMatchObject({ before: { points: 5.5 }, after: { points: 6 } });
    const detail = await getAssessment({ ...at, actor: editors[5]!.actor });
    expect(detail.status).toBe("published");
    expect(row(detail, "I.2")).toMatchObject({
      self: { value: { points: 5.5 } },
      final: { points: 6 },
      scores: { final: 6 },
    });
    expect(detail.corrections).toEqual([
      expect.objectContaining({
        criterionCode: "I.2",
        before: { points: 5.5 },
        after: { points: 6 },
        reason,
        actor: admin.username,
      }),
    ]);
    expect(detail.totals.final?.total).toBe(95.9);
    expect(detail.timeline.at(-1)).toMatchObject({
      from: "published",
      to: "published",
      note: expect.stringContaining(reason),
    });
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
    const first = await saveSelfInput({
      ...at,
      input: { criterionCode: "I.2", value: { points: 4 }, version: 0 },
    });
    await saveSelfInput({
      ...at,
      input: { criterionCode: "I.2", value: { points: 5 }, note: "Thêm 2 đợt", version: first.version },
    });
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
