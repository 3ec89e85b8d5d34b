import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { grant, makeCluster, makeCouncil, makeUnits, makeUser, system } from "../../test-support/factories";
import { dissolveOrganization } from "../orgs/dissolve-organization";
import { renameOrganization } from "../orgs/rename-organization";
import { cloneCluster } from "./clone-cluster";
import { createCluster } from "./create-cluster";
import { getCluster } from "./get-cluster";
import { listClusters, listYears } from "./list-clusters";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function setUp() {
  const { db } = database;
  const { councilId } = await makeCouncil(db);
  const units = await makeUnits(db, councilId, [
    "Ban Tuyên giáo Thành ủy Hạ Long",
    "Ban Tuyên giáo Thành ủy Uông Bí",
    "Ban Tuyên giáo Thị ủy Đông Triều",
    "Ban Tuyên giáo Thành ủy Cẩm Phả",
  ]);
  const [other] = await makeUnits(db, councilId, ["Ban Tuyên giáo Huyện ủy Ba Chẽ"]);
  const cluster = await makeCluster(
    db,
    councilId,
    units.map((u) => u.id),
  );
  return { db, councilId, units, other: other!, cluster };
}

describe("clusters", () => {
  it("shows members named as in the cluster's year, head and deputy first, then Vietnamese order", async () => {
    const { db, councilId, units, cluster } = await setUp();
    await renameOrganization({
      db,
      actor: system,
      input: { orgId: units[2]!.id, name: "Ban Tuyên giáo Thành ủy Đông Triều", date: "2025-02-01" },
    });
    const admin = (await makeUser(db, [grant("council_admin", councilId)])).actor;
    const detail = await getCluster({ db, actor: admin, clusterId: cluster.id });
    expect(detail.members.map((m) => [m.role, m.name])).toEqual([
      ["head", "Ban Tuyên giáo Thành ủy Hạ Long"],
      ["deputy", "Ban Tuyên giáo Thành ủy Uông Bí"],
      ["member", "Ban Tuyên giáo Thành ủy Cẩm Phả"],
      ["member", "Ban Tuyên giáo Thị ủy Đông Triều"],
    ]);
    expect(detail.head?.name).toBe("Ban Tuyên giáo Thành ủy Hạ Long");
    expect(detail.canClone).toBe(true);
  });

  it("lets unit staff see only the clusters their unit belongs to; other councils see nothing", async () => {
    const { db, councilId, units, other, cluster } = await setUp();
    const member = (await makeUser(db, [grant("unit_editor", councilId, { unitId: units[3]!.id })])).actor;
    const outsiderUnit = (await makeUser(db, [grant("unit_editor", councilId, { unitId: other.id })])).actor;
    const foreign = await makeCouncil(db, "Cơ quan khác");
    const foreignAdmin = (await makeUser(db, [grant("council_admin", foreign.councilId)])).actor;
    expect((await listClusters({ db, actor: member, year: 2020 })).map((c) => c.id)).toEqual([cluster.id]);
    expect(await listClusters({ db, actor: outsiderUnit })).toEqual([]);
    expect(await listClusters({ db, actor: foreignAdmin })).toEqual([]);
    await expect(getCluster({ db, actor: outsiderUnit, clusterId: cluster.id })).rejects.toMatchObject({
      status: 404,
    });
    await expect(getCluster({ db, actor: foreignAdmin, clusterId: cluster.id })).rejects.toMatchObject({
      status: 404,
    });
    expect((await getCluster({ db, actor: member, clusterId: cluster.id })).canClone).toBe(false);
  });

  it("clones into the next year without the units dissolved by then, once", async () => {
    const { db, councilId, units, cluster } = await setUp();
    await dissolveOrganization({ db, actor: system, input: { orgId: units[3]!.id, lastDay: "2020-12-31" } });
    const admin = (await makeUser(db, [grant("council_admin", councilId)])).actor;
    const next = await cloneCluster({ db, actor: admin, clusterId: cluster.id, input: { year: 2021 } });
    const detail = await getCluster({ db, actor: admin, clusterId: next.id });
    expect(detail.year).toBe(2021);
    expect(detail.members.map((m) => m.unitId).sort()).toEqual(
      units
        .slice(0, 3)
        .map((u) => u.id)
        .sort(),
    );
    expect(next.previousId).toBe(cluster.id);
    const source = await getCluster({ db, actor: admin, clusterId: cluster.id });
    expect([source.canClone, source.nextYearClusterId]).toEqual([false, next.id]);
    expect(await listYears({ db, actor: admin })).toEqual([2021, 2020]);
    await expect(
      cloneCluster({ db, actor: admin, clusterId: cluster.id, input: { year: 2021 } }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      cloneCluster({ db, actor: admin, clusterId: cluster.id, input: { year: 2019 } }),
    ).rejects.toMatchObject({
      status: 400,
      issues: [{ path: "year", message: "Phải sau năm 2020" }],
    });
  });

  it("refuses cloning by a unit editor and by the cluster head", async () => {
    const { db, councilId, units, cluster } = await setUp();
    const editor = (await makeUser(db, [grant("unit_editor", councilId, { unitId: units[0]!.id })])).actor;
    const head = (
      await makeUser(db, [grant("cluster_head", councilId, { clusterId: cluster.id, unitId: units[0]!.id })])
    ).actor;
    for (const actor of [editor, head]) {
      await expect(
        cloneCluster({ db, actor, clusterId: cluster.id, input: { year: 2021 } }),
      ).rejects.toMatchObject({ status: 403 });
    }
    expect(await listYears({ db, actor: head })).toEqual([2020]);
  });

  it("refuses a dissolved unit, a duplicate member and two heads, with located messages", async () => {
    const { db, councilId, units, other } = await setUp();
    await dissolveOrganization({ db, actor: system, input: { orgId: other.id, lastDay: "2019-06-30" } });
    const ids = units.map((u) => u.id);
    await expect(
      createCluster({
        db,
        actor: system,
        input: {
          councilId,
          kind: "khoi",
          code: "KHOI2",
          name: "Khối thử",
          year: 2020,
          members: [
            { unitId: ids[0], role: "head" },
            { unitId: ids[1], role: "head" },
            { unitId: ids[1], role: "member" },
            { unitId: other.id, role: "member" },
          ],
        },
      }),
    ).rejects.toMatchObject({
      status: 400,
      issues: [
        { path: "members[2].unitId", message: "Đơn vị bị trùng" },
        { path: "members[3].unitId", message: "Đơn vị không hoạt động trong năm 2020" },
        { path: "members", message: "Chỉ có một cụm trưởng" },
      ],
    });
    expect(
      await listClusters({ db, actor: system, year: 2020 }).then((l) => l.filter((c) => c.code === "KHOI2")),
    ).toEqual([]);
  });
});
