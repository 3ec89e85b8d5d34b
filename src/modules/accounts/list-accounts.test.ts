import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { grant, makeCluster, makeCouncil, makeUnits, TEST_PASSWORD } from "../../test-support/factories";
import type { Grant } from "../auth/actor";
import { systemActor } from "../auth/actor";
import { createUser } from "../auth/create-user";
import { accountsApp } from "./test-fixtures";

let database: Database;
let http: ReturnType<typeof accountsApp>;
let councilA: string;
let councilB: string;
let unitA: string;
let unitB: string;
let clusterA: string;

const account = (username: string, displayName: string, grants: Grant[]) =>
  createUser({
    db: database.db,
    actor: systemActor("test"),
    input: { username, displayName, password: TEST_PASSWORD, grants },
  });

beforeAll(async () => {
  database = await openTestDatabase();
  http = accountsApp(database);
  const db = database.db;
  councilA = (await makeCouncil(db)).councilId;
  councilB = (await makeCouncil(db, "Cơ quan chủ trì B")).councilId;
  const unitsA = await makeUnits(db, councilA, [
    "Ban Tuyên giáo Huyện ủy Vân Đồn",
    "Ban Tuyên giáo Thị ủy Quảng Yên",
  ]);
  unitA = unitsA[0]!.id;
  unitB = (await makeUnits(db, councilB, ["Đơn vị của B"]))[0]!.id;
  clusterA = (
    await makeCluster(
      db,
      councilA,
      unitsA.map((u) => u.id),
      2022,
    )
  ).id;
  // Display names out of code-point order: "Âu" sorts after "Bùi" and "Đào" after everything by code point,
  // but Vietnamese puts A < Â < B < D < Đ.
  await account("dao.em", "Đào Văn Em", [grant("observer", councilA)]);
  await account("bui.cuc", "Bùi Thị Cúc", [grant("unit_viewer", councilA, { unitId: unitA })]);
  await account("au.bao", "Âu Văn Bảo", [
    grant("unit_editor", councilA, { unitId: unitA }),
    grant("council_admin", councilB),
    grant("unit_editor", councilB, { unitId: unitB }),
  ]);
  await account("duong.dung", "Dương Văn Dũng", [
    grant("cluster_head", councilA, { clusterId: clusterA, unitId: unitA }),
  ]);
  await account("anh.an.2", "Anh Thị An", [grant("observer", councilA)]);
  await account("anh.an.1", "Anh Thị An", [grant("observer", councilA)]);
  await account("quan.tri.a", "Quản trị A", [grant("council_admin", councilA)]);
  await account("chi.o.b", "Chỉ ở B", [grant("observer", councilB)]);
}, 120_000);
afterAll(async () => {
  await database?.close();
});

type Listed = { username: string; displayName: string; grants: { role: string; unitName: string | null }[] };

describe("GET /api/councils/{id}/accounts", () => {
  it("lists the council's accounts only, in Vietnamese order, each with its grants in this council only", async () => {
    const admin = await http.signIn("quan.tri.a", TEST_PASSWORD);
    const res = await http.as(admin).get(`/api/councils/${councilA}/accounts`);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: Listed[] };
    expect(data.map((a) => a.username)).toEqual([
      "anh.an.1",
      "anh.an.2",
      "au.bao",
      "bui.cuc",
      "duong.dung",
      "dao.em",
      "quan.tri.a",
    ]);
    const au = data.find((a) => a.username === "au.bao");
    expect(au?.grants).toEqual([
      {
        role: "unit_editor",
        clusterId: null,
        clusterName: null,
        clusterYear: null,
        unitId: unitA,
        unitName: "Ban Tuyên giáo Huyện ủy Vân Đồn",
      },
    ]);
    const head = data.find((a) => a.username === "duong.dung");
    expect(head?.grants).toEqual([
      {
        role: "cluster_head",
        clusterId: clusterA,
        clusterName: "Cụm thi đua CUM1",
        clusterYear: 2022,
        unitId: unitA,
        unitName: "Ban Tuyên giáo Huyện ủy Vân Đồn",
      },
    ]);
  });

  it("shows council B's admin only B's accounts and B's grants", async () => {
    const adminB = await http.signIn("au.bao", TEST_PASSWORD);
    const { data } = (await (await http.as(adminB).get(`/api/councils/${councilB}/accounts`)).json()) as {
      data: Listed[];
    };
    expect(data.map((a) => [a.username, a.grants.map((g) => [g.role, g.unitName])])).toEqual([
      [
        "au.bao",
        [
          ["council_admin", null],
          ["unit_editor", "Đơn vị của B"],
        ],
      ],
      ["chi.o.b", [["observer", null]]],
    ]);
  });

  it("refuses the council's other accounts (403) and another council's (404)", async () => {
    const viewer = await http.signIn("bui.cuc", TEST_PASSWORD);
    const outsider = await http.signIn("chi.o.b", TEST_PASSWORD);
    expect((await http.as(viewer).get(`/api/councils/${councilA}/accounts`)).status).toBe(403);
    expect((await http.as(outsider).get(`/api/councils/${councilA}/accounts`)).status).toBe(404);
    expect((await http.as(null).get(`/api/councils/${councilA}/accounts`)).status).toBe(401);
  });
});
