import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { findPactByCluster } from "../pacts/repo";
import { propagandaCriteria } from "../pacts/templates/propaganda";
import { updatePact } from "../pacts/update-pact";
import { getAssessment } from "./get-assessment";
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
      message: expect.stringMatching(
        /^mức "Xuất sắc lắm" không có trong bảng tiêu chí \(các mức: "Hoàn thành xuất sắc"/,
      ),
    });
    expect((await refused("III.1", { count: -1 })).issues).toEqual([
      { path: "value.count", message: "phải là số nguyên không âm (0, 1, 2…)" },
    ]);
    expect((await refused("III.1", { count: 1.5 })).issues[0]?.path).toBe("value.count");
    expect((await refused("I", { points: 3 })).issues[0]).toMatchObject({
      path: "criterionCode",
      message: expect.stringMatching(/nhóm tiêu chí/),
    });
    expect((await refused("IX", { points: 3 })).issues[0]).toMatchObject({ path: "criterionCode" });
    expect((await refused("II.1", { points: 6 })).issues.map((i) => i.path).sort()).toEqual([
      "value.passed",
      "value.points",
    ]);
    expect((await refused("V.2", { points: -0.5 })).issues[0]?.message).toBe("phải là số không âm (≥ 0)");
    const detail = await getAssessment(at);
    expect(detail.criteria.filter((c) => c.self.value !== null)).toEqual([]);
  });

  it("checks a value against the pact as it is now, after the pact's table changed", async () => {
    const { db, cluster, units, editors, admin } = await setUpCluster(database.db);
    const at = { db, actor: editors[2]!.actor, clusterId: cluster.id, unitId: units[2]!.id };
    const first = await saveSelfInput({
      ...at,
      input: { criterionCode: "I.2", value: { points: 6 }, version: 0 },
    });
    expect(first.value).toEqual({ points: 6 });
    // The draft pact lowers I.2's maximum from 6 to 4: the 5 the old table allowed is refused now.
    const pact = (await findPactByCluster(db, cluster.id))!;
    const criteria = structuredClone(propagandaCriteria).map((group) =>
      group.method === undefined
        ? { ...group, children: group.children.map((c) => (c.code === "I.2" ? { ...c, max: 4 } : c)) }
        : group,
    );
    await updatePact({
      db,
      actor: admin.actor,
      clusterId: cluster.id,
      input: { version: pact.version, criteria },
    });
    await expect(
      saveSelfInput({ ...at, input: { criterionCode: "I.2", value: { points: 5 }, version: 1 } }),
    ).rejects.toMatchObject({
      status: 400,
      issues: [{ path: "value.points", message: "không được vượt quá 4 (điểm tối đa của tiêu chí I.2)" }],
    });
    const saved = await saveSelfInput({
      ...at,
      input: { criterionCode: "I.2", value: { points: 4 }, version: 1 },
    });
    expect(saved).toMatchObject({ version: 2, value: { points: 4 } });
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
      saveReviewInput({
        ...at,
        actor: head.actor,
        input: { criterionCode: "II.1", value: { passed: false }, version },
      }),
    ).rejects.toMatchObject({
      status: 400,
      issues: [{ path: "comment", message: expect.stringMatching(/Không đạt.*Đạt/) }],
    });
    // Confirming the unit's own value needs no comment.
    const saved = await saveReviewInput({
      ...at,
      actor: head.actor,
      input: { criterionCode: "II.1", value: { passed: true }, version },
    });
    expect(saved.version).toBe(version + 1);
  });
});
