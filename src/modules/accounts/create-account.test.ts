import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import {
  grant,
  makeCluster,
  makeCouncil,
  makeUnits,
  makeUser,
  system,
  TEST_PASSWORD,
} from "../../test-support/factories";
import type { Session } from "../../test-support/http";
import { createCluster } from "../clusters/create-cluster";
import { accountsApp, auditRowsOf } from "./test-fixtures";

let database: Database;
let http: ReturnType<typeof accountsApp>;
let councilId: string;
let units: { id: string }[];
let clusterId: string;
let headlessClusterId: string;
let foreignUnitId: string;
let admin: Session;
const sessions: Record<"editor" | "observer" | "foreignAdmin", Session> = {} as never;

const NEW_PASSWORD = "mat-khau-cua-can-bo-moi";

beforeAll(async () => {
  database = await openTestDatabase();
  http = accountsApp(database);
  const db = database.db;
  councilId = (await makeCouncil(db)).councilId;
  units = await makeUnits(db, councilId, [
    "Ban Tuyên giáo Huyện ủy Cô Tô",
    "Ban Tuyên giáo Thị ủy Đông Triều",
  ]);
  // makeCluster makes its first unit the head: Cô Tô heads Cụm 1 in 2021.
  clusterId = (await makeCluster(db, councilId, [units[0]!.id, units[1]!.id], 2021)).id;
  const headless = await createCluster({
    db,
    actor: system,
    input: {
      councilId,
      kind: "cum",
      code: "CUM2",
      name: "Cụm thi đua số 2",
      year: 2021,
      members: [
        { unitId: units[0]!.id, role: "member" },
        { unitId: units[1]!.id, role: "member" },
      ],
    },
  });
  headlessClusterId = headless.id;
  const foreign = await makeCouncil(db, "Cơ quan chủ trì khác");
  foreignUnitId = (await makeUnits(db, foreign.councilId, ["Đơn vị của nơi khác"]))[0]!.id;
  const users = {
    admin: await makeUser(db, [grant("council_admin", councilId)]),
    editor: await makeUser(db, [grant("unit_editor", councilId, { unitId: units[0]!.id })]),
    observer: await makeUser(db, [grant("observer", councilId)]),
    foreignAdmin: await makeUser(db, [grant("council_admin", foreign.councilId)]),
  };
  admin = await http.signIn(users.admin.username, TEST_PASSWORD);
  for (const who of ["editor", "observer", "foreignAdmin"] as const)
    sessions[who] = await http.signIn(users[who].username, TEST_PASSWORD);
}, 120_000);
afterAll(async () => {
  await database?.close();
});

const path = () => `/api/councils/${councilId}/accounts`;
const body = (username: string, grants: unknown[]) => ({
  username,
  displayName: "Nguyễn Thị Hồng Nhung",
  password: NEW_PASSWORD,
  grants,
});

describe("POST /api/councils/{id}/accounts", () => {
  it("gives a unit's staff an account that signs in with its grant, audited without the password", async () => {
    const res = await http
      .as(admin)
      .post(path(), body("nhung.coto", [{ role: "unit_editor", unitId: units[0]!.id }]));
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as { data: { id: string; createdAt: string } };
    expect(data).toEqual({
      id: expect.any(String),
      username: "nhung.coto",
      displayName: "Nguyễn Thị Hồng Nhung",
      createdAt: expect.any(String),
      grants: [
        {
          role: "unit_editor",
          clusterId: null,
          clusterName: null,
          clusterYear: null,
          unitId: units[0]!.id,
          unitName: "Ban Tuyên giáo Huyện ủy Cô Tô",
        },
      ],
    });
    expect(Number.isNaN(Date.parse(data.createdAt))).toBe(false);

    const own = await http.signIn("nhung.coto", NEW_PASSWORD);
    const me = (await (await http.as(own).get("/api/auth/me")).json()) as {
      data: { user: { displayName: string; grants: unknown[] } };
    };
    expect(me.data.user.displayName).toBe("Nguyễn Thị Hồng Nhung");
    expect(me.data.user.grants).toEqual([
      {
        role: "unit_editor",
        councilId,
        councilName: "Ban Tuyên giáo Tỉnh ủy Thử nghiệm",
        clusterId: null,
        unitId: units[0]!.id,
        unitName: "Ban Tuyên giáo Huyện ủy Cô Tô",
      },
    ]);

    const audit = await auditRowsOf(database, data.id);
    expect(audit.map((r) => [r.councilId, r.action])).toEqual([[councilId, "create"]]);
    const text = JSON.stringify(audit);
    expect(text).toContain("nhung.coto");
    expect(text).not.toContain(NEW_PASSWORD);
    expect(text).not.toContain("argon2");
  });

  it("refuses a username already taken (409) with the existing message", async () => {
    // A form's empty unit and cluster may come as null.
    const first = await http
      .as(admin)
      .post(path(), body("trung.ten", [{ role: "observer", unitId: null, clusterId: null }]));
    expect(first.status).toBe(201);
    const again = await http.as(admin).post(path(), body("trung.ten", [{ role: "observer" }]));
    expect(again.status).toBe(409);
    expect(((await again.json()) as { message: string }).message).toBe(
      'Tên đăng nhập "trung.ten" đã có người dùng.',
    );
  });

  it("locates a unit of another council at its grant, and creates nothing", async () => {
    const res = await http
      .as(admin)
      .post(path(), body("ngoai.hoi.dong", [{ role: "unit_viewer", unitId: foreignUnitId }]));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: unknown }).issues).toEqual([
      { path: "grants[0].unitId", message: "Đơn vị không tồn tại" },
    ]);
    expect(await http.signInStatus("ngoai.hoi.dong", NEW_PASSWORD)).toBe(401);
  });

  it("locates a unit role sent without its unit and a cluster head without its cluster, at each grant", async () => {
    const res = await http
      .as(admin)
      .post(
        path(),
        body("thieu.pham.vi", [{ role: "observer" }, { role: "unit_editor" }, { role: "cluster_head" }]),
      );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: unknown }).issues).toEqual([
      { path: "grants[1].unitId", message: "Hãy chọn đơn vị" },
      { path: "grants[2].clusterId", message: "Hãy chọn cụm" },
    ]);
  });

  it("locates text PostgreSQL cannot store, and a scope the role does not take", async () => {
    const nul = await http
      .as(admin)
      .post(path(), { ...body("ky.tu.la", [{ role: "observer" }]), displayName: "Nguyễn\u0000Văn" });
    expect(nul.status).toBe(400);
    expect(((await nul.json()) as { issues: unknown }).issues).toEqual([
      {
        path: "displayName",
        message: "Chứa ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode bị cắt đôi) ở ký tự thứ 7",
      },
    ]);
    const half = await http
      .as(admin)
      .post(path(), { ...body("ky.tu.la", [{ role: "observer" }]), password: "mat-khau-\ud800-dai" });
    expect(((await half.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      "password",
    ]);
    const scoped = await http
      .as(admin)
      .post(path(), body("ky.tu.la", [{ role: "observer", unitId: units[0]!.id }]));
    expect(scoped.status).toBe(400);
    expect(((await scoped.json()) as { issues: unknown }).issues).toEqual([
      { path: "grants[0].unitId", message: "Vai trò này không gắn với đơn vị" },
    ]);
    expect(await http.signInStatus("ky.tu.la", NEW_PASSWORD)).toBe(401);
  });

  it("makes a cluster head act for the cluster-year's head unit, and refuses a cluster with none", async () => {
    const res = await http.as(admin).post(path(), body("cum.truong", [{ role: "cluster_head", clusterId }]));
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as { data: { grants: unknown } };
    expect(data.grants).toEqual([
      {
        role: "cluster_head",
        clusterId,
        clusterName: "Cụm thi đua CUM1",
        clusterYear: 2021,
        unitId: units[0]!.id,
        unitName: "Ban Tuyên giáo Huyện ủy Cô Tô",
      },
    ]);
    const headless = await http
      .as(admin)
      .post(path(), body("khong.co.truong", [{ role: "cluster_head", clusterId: headlessClusterId }]));
    expect(headless.status).toBe(400);
    expect(((await headless.json()) as { issues: unknown }).issues).toEqual([
      { path: "grants[0].clusterId", message: "Cụm chưa có đơn vị cụm trưởng" },
    ]);
  });

  it("answers others as the contract says: 403 inside the council, 404 outside, 401 signed out", async () => {
    const grants = [{ role: "observer" }];
    expect((await http.as(sessions.editor).post(path(), body("boi.bien.tap", grants))).status).toBe(403);
    expect((await http.as(sessions.observer).post(path(), body("boi.quan.sat", grants))).status).toBe(403);
    expect((await http.as(sessions.foreignAdmin).post(path(), body("boi.ngoai", grants))).status).toBe(404);
    expect((await http.as(null).post(path(), body("vo.danh", grants))).status).toBe(401);
    for (const name of ["boi.bien.tap", "boi.quan.sat", "boi.ngoai", "vo.danh"])
      expect(await http.signInStatus(name, NEW_PASSWORD)).toBe(401);
  });
});
