import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { getAssessment } from "./get-assessment";
import { saveSelfInput } from "./save-self-input";
import { submitAssessment } from "./submit-assessment";
import { fillSelf, setUpCluster } from "./test-fixtures";

// One save for the whole form: PUT …/assessments/{unitId}/inputs, all or nothing, per-criterion versions.

let database: Database;
let app: App;
let s: Awaited<ReturnType<typeof setUpCluster>>;
let unit: Session;

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpCluster(database.db);
  app = createApp({ db: database.db, databaseKind: database.kind });
  unit = await signIn(app, s.editors[2]!.username, TEST_PASSWORD);
});
afterAll(async () => {
  await database?.close();
});

type Body = {
  data?: { saved: { criterionCode: string; version: number }[] };
  error?: string;
  message?: string;
  issues?: { path: string; message: string }[];
};
const path = (i: number) => `/api/clusters/${s.cluster.id}/assessments/${s.units[i]!.id}/inputs`;
const put = async (session: Session, i: number, body: unknown) => {
  const res = await call(app, session, "PUT", path(i), body);
  return { status: res.status, body: (await res.json()) as Body };
};
const selfValues = async (i: number) => {
  const detail = await getAssessment({
    db: database.db,
    actor: s.admin.actor,
    clusterId: s.cluster.id,
    unitId: s.units[i]!.id,
  });
  return Object.fromEntries(
    detail.criteria.filter((c) => c.self.value !== null).map((c) => [c.code, c.self.value]),
  );
};

describe("saving the whole form at once", () => {
  it("saves every changed criterion in one request, each with its own new version and audit row", async () => {
    const res = await put(unit, 2, {
      stage: "self",
      items: [
        { criterionCode: "I.2", value: { points: 5.5 }, text: "Có kế hoạch và báo cáo", version: 0 },
        { criterionCode: "I.3", value: { count: 18 }, version: 0 },
        { criterionCode: "II.1", value: { passed: true }, version: 0 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.data?.saved).toEqual([
      { criterionCode: "I.2", version: 1 },
      { criterionCode: "I.3", version: 1 },
      { criterionCode: "II.1", version: 1 },
    ]);
    expect(await selfValues(2)).toEqual({
      "I.2": { points: 5.5 },
      "I.3": { count: 18 },
      "II.1": { passed: true },
    });
    const audit = await database.db
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "assessment_input"), like(auditLog.entityId, `%:I.%`)));
    expect(audit.map((a) => a.entityId.split(":")[1]).sort()).toEqual(["I.2", "I.3"]);
  });

  it("writes nothing when one value is invalid, and names where (400)", async () => {
    const res = await put(unit, 2, {
      stage: "self",
      items: [
        { criterionCode: "I.3", value: { count: 20 }, version: 1 },
        { criterionCode: "I.2", value: { points: 9 }, version: 1 },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([
      { path: "items[1].value.points", message: "không được vượt quá 6 (điểm tối đa của tiêu chí I.2)" },
    ]);
    expect((await selfValues(2))["I.3"]).toEqual({ count: 18 });
  });

  it("refuses the whole save when another person saved one criterion since, naming their value (409)", async () => {
    const colleague = s.editors[2]!.actor;
    await saveSelfInput({
      db: database.db,
      actor: colleague,
      clusterId: s.cluster.id,
      unitId: s.units[2]!.id,
      input: { criterionCode: "I.3", value: { count: 22 }, version: 1 },
    });
    const res = await put(unit, 2, {
      stage: "self",
      items: [
        { criterionCode: "II.1", value: { passed: false }, version: 1 },
        { criterionCode: "I.3", value: { count: 20 }, version: 1 },
      ],
    });
    expect(res.status).toBe(409);
    expect(res.body.issues?.map((i) => i.path)).toEqual(["items[1].version"]);
    expect(res.body.issues?.[0]?.message).toContain("điểm tự chấm hiện là 22 lần");
    expect(await selfValues(2)).toMatchObject({ "II.1": { passed: true }, "I.3": { count: 22 } });
  });

  it("lets only one of two simultaneous saves of the same criteria through; the other gets 409", async () => {
    const other = await signIn(app, s.editors[2]!.username, TEST_PASSWORD);
    const body = (n: number) => ({
      stage: "self",
      items: [
        { criterionCode: "I.2", value: { points: n }, version: 1 },
        { criterionCode: "I.3", value: { count: n }, version: 2 },
      ],
    });
    const results = await Promise.all([put(unit, 2, body(4)), put(other, 2, body(5))]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200) === results[0] ? 4 : 5;
    expect(await selfValues(2)).toMatchObject({ "I.2": { points: winner }, "I.3": { count: winner } });
  });

  it("refuses another unit's draft (404), a read-only account (403) and a repeated criterion (400)", async () => {
    const item = { criterionCode: "I.2", value: { points: 1 }, version: 0 };
    expect((await put(unit, 3, { stage: "self", items: [item] })).status).toBe(404);
    const viewer = await signIn(app, s.viewer.username, TEST_PASSWORD);
    expect((await put(viewer, 1, { stage: "self", items: [item] })).status).toBe(403);
    const twice = await put(unit, 2, { stage: "self", items: [item, item] });
    expect(twice.status).toBe(400);
    expect(twice.body.issues?.map((i) => i.path)).toEqual(["items[1].criterionCode"]);
  });

  it("saves a reviewer's form, asking for a comment where the review differs from the self value", async () => {
    await fillSelf(database.db, s.editors[4]!.actor, s.cluster.id, s.units[4]!.id);
    await submitAssessment({
      db: database.db,
      actor: s.editors[4]!.actor,
      clusterId: s.cluster.id,
      unitId: s.units[4]!.id,
    });
    expect(
      (
        await put(unit, 2, {
          stage: "self",
          items: [{ criterionCode: "I.2", value: { points: 1 }, version: 2 }],
        })
      ).status,
    ).toBe(200);
    const head = await signIn(app, s.head.username, TEST_PASSWORD);
    const missing = await put(head, 4, {
      stage: "review",
      items: [
        { criterionCode: "I.2", value: { points: 5.5 }, version: 1 },
        { criterionCode: "I.3", value: { count: 10 }, version: 1 },
      ],
    });
    expect(missing.status).toBe(400);
    expect(missing.body.issues?.map((i) => i.path)).toEqual(["items[1].text"]);
    const ok = await put(head, 4, {
      stage: "review",
      items: [
        { criterionCode: "I.2", value: { points: 5.5 }, version: 1 },
        { criterionCode: "I.3", value: { count: 10 }, text: "Chỉ có 10 tin bài đúng chủ đề", version: 1 },
      ],
    });
    expect(ok.status).toBe(200);
    const detail = await getAssessment({
      db: database.db,
      actor: s.head.actor,
      clusterId: s.cluster.id,
      unitId: s.units[4]!.id,
    });
    expect(detail.criteria.find((c) => c.code === "I.3")?.reviewed).toMatchObject({
      value: { count: 10 },
      comment: "Chỉ có 10 tin bài đúng chủ đề",
    });
    const late = await put(await signIn(app, s.editors[4]!.username, TEST_PASSWORD), 4, {
      stage: "self",
      items: [{ criterionCode: "I.2", value: { points: 6 }, version: 2 }],
    });
    expect(late.status).toBe(409);
  });
});
