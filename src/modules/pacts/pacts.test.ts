import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Criterion } from "../../contracts/cluster-year";
import { formatPath } from "../../core/scoring";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { system } from "../../test-support/factories";
import { cloneCluster } from "../clusters/clone-cluster";
import { dissolveOrganization } from "../orgs/dissolve-organization";
import { createPact } from "./create-pact";
import { getPact } from "./get-pact";
import { setUnitTargets } from "./set-unit-targets";
import { criterionOf, setUpCluster, UNIT_NAMES } from "./test-fixtures";
import { updatePact } from "./update-pact";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function withPact() {
  const { db } = database;
  const s = await setUpCluster(db);
  const pact = await createPact({
    db,
    actor: s.head.actor,
    clusterId: s.cluster.id,
    input: { source: "template" },
  });
  return { db, ...s, pact };
}

const view = async (db: Database["db"], actor: Parameters<typeof getPact>[0]["actor"], clusterId: string) => {
  const { pact } = await getPact({ db, actor, clusterId });
  if (!pact) throw new Error("no pact");
  return pact;
};

describe("starting a pact", () => {
  it("shows an empty state, then the propaganda template's 100-point table with every member unsigned", async () => {
    const { db } = database;
    const s = await setUpCluster(db);
    expect(await getPact({ db, actor: s.admin.actor, clusterId: s.cluster.id })).toEqual({
      pact: null,
      canCreate: true,
    });
    expect((await getPact({ db, actor: s.editors[2]!.actor, clusterId: s.cluster.id })).canCreate).toBe(
      false,
    );
    await expect(
      createPact({ db, actor: s.editors[2]!.actor, clusterId: s.cluster.id, input: { source: "template" } }),
    ).rejects.toMatchObject({ status: 403 });
    await createPact({ db, actor: s.admin.actor, clusterId: s.cluster.id, input: { source: "template" } });
    const pact = await view(db, s.head.actor, s.cluster.id);
    expect(pact).toMatchObject({ status: "draft", version: 1, maxPoints: 100, scan: null, amendments: [] });
    expect(pact.criteria.map((c) => c.code)).toEqual([
      "I",
      "II",
      "III",
      "IV",
      "V",
      "VI",
      "T.1",
      "T.2",
      "TR.1",
    ]);
    expect(pact.members).toHaveLength(6);
    expect(pact.members[0]).toMatchObject({ role: "head", code: s.units[0]!.code, signature: null });
    expect(pact.can).toMatchObject({
      edit: true,
      openSigning: true,
      sign: false,
      amend: false,
      attachScan: false,
    });
    expect(pact.can.setTargets).toHaveLength(6);
    const editorView = await view(db, s.editors[3]!.actor, s.cluster.id);
    expect(editorView.can).toMatchObject({ edit: false, openSigning: false, setTargets: [s.units[3]!.code] });
    await expect(
      createPact({ db, actor: s.admin.actor, clusterId: s.cluster.id, input: { source: "template" } }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("starts next year from last year's table; a unit that left takes its own targets along", async () => {
    const { db, admin, cluster, units, pact } = await withPact();
    const criteria = structuredClone(pact.criteria as Criterion[]);
    Object.assign(criterionOf(criteria, "II.2"), { targets: { [units[0]!.code]: 97, [units[5]!.code]: 90 } });
    Object.assign(criterionOf(criteria, "I.2"), { title: "Tuyên truyền phòng, chống dịch bệnh" });
    await updatePact({
      db,
      actor: admin.actor,
      clusterId: cluster.id,
      input: { version: 1, criteria, rules: pact.rules },
    });
    await dissolveOrganization({ db, actor: system, input: { orgId: units[5]!.id, lastDay: "2020-12-31" } });
    const next = await cloneCluster({ db, actor: admin.actor, clusterId: cluster.id, input: { year: 2021 } });
    await createPact({ db, actor: admin.actor, clusterId: next.id, input: { source: "previous" } });
    const copied = await view(db, admin.actor, next.id);
    expect(copied.members).toHaveLength(5);
    expect(criterionOf(copied.criteria, "I.2").title).toBe("Tuyên truyền phòng, chống dịch bệnh");
    expect(criterionOf(copied.criteria, "II.2")).toMatchObject({
      target: 95,
      targets: { [units[0]!.code]: 97 },
    });
    expect(copied.rules).toEqual(pact.rules);

    const first = await cloneCluster({ db, actor: admin.actor, clusterId: next.id, input: { year: 2022 } });
    const nothing = await cloneCluster({
      db,
      actor: admin.actor,
      clusterId: first.id,
      input: { year: 2023 },
    });
    await expect(
      createPact({ db, actor: admin.actor, clusterId: nothing.id, input: { source: "previous" } }),
    ).rejects.toMatchObject({ status: 400, issues: [{ path: "source" }] });
  });
});

describe("editing the table", () => {
  it("adds, moves, removes and reorders criteria as one new tree, audited before and after", async () => {
    const { db, head, cluster, pact, councilId } = await withPact();
    const criteria = structuredClone(pact.criteria as Criterion[]);
    const groupOf = (code: string) =>
      criterionOf(criteria, code) as Extract<Criterion, { children: unknown }>;
    const v2 = groupOf("V").children.pop()!;
    groupOf("VI").children.unshift(v2);
    groupOf("III").children.splice(1, 1);
    groupOf("III").children.push({
      code: "III.3",
      title: "Cộng tác viên dư luận xã hội",
      method: "manual",
      max: 4,
    });
    criteria.reverse();
    const saved = await updatePact({
      db,
      actor: head.actor,
      clusterId: cluster.id,
      input: { version: 1, criteria, rules: pact.rules },
    });
    expect(saved.version).toBe(2);
    const after = await view(db, head.actor, cluster.id);
    expect(after.criteria.map((c) => c.code)).toEqual([
      "TR.1",
      "T.2",
      "T.1",
      "VI",
      "V",
      "IV",
      "III",
      "II",
      "I",
    ]);
    const childrenAfter = (code: string) =>
      (criterionOf(after.criteria, code) as { children: Criterion[] }).children.map((c) => c.code);
    expect(childrenAfter("VI")).toEqual(["V.2", "VI.1", "VI.2"]);
    expect(childrenAfter("V")).toEqual(["V.1"]);
    expect(childrenAfter("III")).toEqual(["III.1", "III.3"]);
    // III loses 6 points of III.2 for 4 of III.3 (capped at its max 15 anyway), V loses V.2 (5), VI is capped at 10.
    expect(after.maxPoints).toBe(100 - 2 - 5);
    const [row] = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.councilId, councilId), eq(auditLog.action, "update"), eq(auditLog.entityId, pact.id)),
      );
    expect(row).toMatchObject({ entity: "pact", before: { version: 1 }, after: { version: 2 } });
    expect(JSON.stringify(row?.after)).toContain("III.3");
  });

  it("gives the second of two editors a 409 with the other's version and values, and overwrites nothing", async () => {
    const { db, admin, head, cluster, pact } = await withPact();
    const mine = structuredClone(pact.criteria as Criterion[]);
    const theirs = structuredClone(pact.criteria as Criterion[]);
    Object.assign(criterionOf(mine, "I.2"), { max: 7 });
    Object.assign(criterionOf(theirs, "I.2"), { max: 5 });
    await updatePact({
      db,
      actor: admin.actor,
      clusterId: cluster.id,
      input: { version: 1, criteria: mine },
    });
    const refused = updatePact({
      db,
      actor: head.actor,
      clusterId: cluster.id,
      input: { version: 1, criteria: theirs },
    });
    await expect(refused).rejects.toMatchObject({
      status: 409,
      code: "conflict",
      message: expect.stringMatching(/người khác lưu trước bạn: phiên bản 2/),
    });
    const error = (await refused.catch((e: unknown) => e)) as { issues: { path: string; message: string }[] };
    expect(error.issues).toContainEqual({
      path: "version",
      message: expect.stringContaining("hiện tại là 2"),
    });
    expect(error.issues).toContainEqual({
      path: "criteria[0].children[1]",
      message: expect.stringContaining("max: đã lưu 7, bạn gửi 5"),
    });
    const now = await view(db, head.actor, cluster.id);
    expect(now.version).toBe(2);
    expect(criterionOf(now.criteria, "I.2")).toMatchObject({ max: 7 });
    expect(now.rules).toEqual(pact.rules);
  });

  it("refuses an invalid table with every problem located, in Vietnamese, and writes nothing", async () => {
    const { db, admin, cluster, pact, councilId } = await withPact();
    const criteria = structuredClone(pact.criteria as Criterion[]) as unknown as Record<string, unknown>[];
    const iii = criteria[2] as { children: Record<string, unknown>[] };
    iii.children[0]!.max = -1;
    (criteria[1] as { children: Record<string, unknown>[] }).children[1]!.title = " ";
    const refused = updatePact({
      db,
      actor: admin.actor,
      clusterId: cluster.id,
      input: { version: 1, criteria },
    });
    await expect(refused).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("Bảng tiêu chí không hợp lệ"),
      issues: expect.arrayContaining([
        { path: "criteria[2].children[0].max", message: "Phải là một số ≥ 0" },
        { path: "criteria[1].children[1].title", message: "Không được để trống" },
      ]),
    });
    const duplicate = structuredClone(pact.criteria as Criterion[]);
    Object.assign(criterionOf(duplicate, "III.2"), { code: "III.1" });
    await expect(
      updatePact({
        db,
        actor: admin.actor,
        clusterId: cluster.id,
        input: { version: 1, criteria: duplicate },
      }),
    ).rejects.toMatchObject({
      status: 400,
      issues: [
        {
          path: "criteria[2].children[1].code",
          message: 'Mã tiêu chí "III.1" bị trùng (đã có ở criteria[2].children[0].code)',
        },
      ],
    });
    expect((await view(db, admin.actor, cluster.id)).version).toBe(1);
    const updates = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, councilId), eq(auditLog.action, "update")));
    expect(updates).toEqual([]);
  });

  it("hides the pact of another council's cluster (404), and refuses editors and observers the table (403)", async () => {
    const { db, cluster, pact, foreignAdmin, outsider, editors, observer } = await withPact();
    const input = { version: 1, criteria: pact.criteria };
    for (const actor of [foreignAdmin.actor, outsider.actor]) {
      await expect(getPact({ db, actor, clusterId: cluster.id })).rejects.toMatchObject({ status: 404 });
      await expect(updatePact({ db, actor, clusterId: cluster.id, input })).rejects.toMatchObject({
        status: 404,
      });
    }
    for (const actor of [editors[1]!.actor, observer.actor]) {
      await expect(updatePact({ db, actor, clusterId: cluster.id, input })).rejects.toMatchObject({
        status: 403,
      });
    }
    expect((await view(db, observer.actor, cluster.id)).can.setTargets).toEqual([]);
  });
});

describe("units' own targets", () => {
  it("lets a unit editor set their own unit's target only; the head sets anyone's", async () => {
    const { db, head, editors, units, cluster, councilId } = await withPact();
    const mine = units[2]!.code;
    await setUnitTargets({
      db,
      actor: editors[2]!.actor,
      clusterId: cluster.id,
      input: { version: 1, criterionCode: "IV.1", targets: { [mine]: 12 } },
    });
    await expect(
      setUnitTargets({
        db,
        actor: editors[2]!.actor,
        clusterId: cluster.id,
        input: { version: 2, criterionCode: "IV.1", targets: { [mine]: 14, [units[3]!.code]: 1 } },
      }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining(UNIT_NAMES[3]!) });
    await setUnitTargets({
      db,
      actor: head.actor,
      clusterId: cluster.id,
      input: { version: 2, criterionCode: "V.1", targets: { [units[0]!.code]: 40, [units[4]!.code]: 0 } },
    });
    const pact = await view(db, editors[3]!.actor, cluster.id);
    expect(pact.version).toBe(3);
    expect(criterionOf(pact.criteria, "IV.1")).toMatchObject({ target: 10, targets: { [mine]: 12 } });
    expect(criterionOf(pact.criteria, "V.1")).toMatchObject({
      targets: { [units[0]!.code]: 40, [units[4]!.code]: 0 },
    });
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, councilId), eq(auditLog.action, "set_targets")));
    expect(rows.map((r) => r.after)).toEqual([
      { version: 2, criterionCode: "IV.1", targets: { [mine]: 12 } },
      { version: 3, criterionCode: "V.1", targets: { [units[0]!.code]: 40, [units[4]!.code]: 0 } },
    ]);
  });

  it("refuses a target of zero where one is required, located, and a criterion without targets", async () => {
    const { db, head, units, cluster, pact } = await withPact();
    const code = units[1]!.code;
    await expect(
      setUnitTargets({
        db,
        actor: head.actor,
        clusterId: cluster.id,
        input: { version: 1, criterionCode: "II.2", targets: { [code]: 0, [units[2]!.code]: -3 } },
      }),
    ).rejects.toMatchObject({
      status: 400,
      issues: [
        { path: formatPath(["targets", code]), message: expect.stringMatching(/^Chỉ tiêu phải lớn hơn 0/) },
        {
          path: formatPath(["targets", units[2]!.code]),
          message: expect.stringMatching(/^Chỉ tiêu phải lớn hơn 0/),
        },
      ],
    });
    await expect(
      setUnitTargets({
        db,
        actor: head.actor,
        clusterId: cluster.id,
        input: { version: 1, criterionCode: "I.2", targets: { [code]: 3 } },
      }),
    ).rejects.toMatchObject({ status: 400, issues: [{ path: "criterionCode" }] });
    // The same zero typed into the whole table is refused by the engine, at its place in the tree.
    const criteria = structuredClone(pact.criteria as Criterion[]);
    Object.assign(criterionOf(criteria, "II.2"), { targets: { [code]: 0 } });
    await expect(
      updatePact({ db, actor: head.actor, clusterId: cluster.id, input: { version: 1, criteria } }),
    ).rejects.toMatchObject({
      status: 400,
      issues: [
        {
          path: formatPath(["criteria", 1, "children", 1, "targets", code]),
          message: "Phải là một số lớn hơn 0",
        },
      ],
    });
    expect((await view(db, head.actor, cluster.id)).version).toBe(1);
  });
});
