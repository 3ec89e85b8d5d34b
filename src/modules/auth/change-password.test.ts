import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { grant, makeCouncil, makeUnits, makeUser, TEST_PASSWORD } from "../../test-support/factories";
import { accountsApp, auditRowsOf } from "../accounts/test-fixtures";

let database: Database;
let http: ReturnType<typeof accountsApp>;
let councilA: string;
let councilB: string;
let unitA: string;

const NEW_PASSWORD = "mat-khau-moi-cua-toi";
const change = (session: Parameters<typeof http.as>[0], currentPassword: string, newPassword: string) =>
  http.as(session).put("/api/auth/password", { currentPassword, newPassword });

beforeAll(async () => {
  database = await openTestDatabase();
  http = accountsApp(database);
  councilA = (await makeCouncil(database.db)).councilId;
  councilB = (await makeCouncil(database.db, "Cơ quan chủ trì B")).councilId;
  unitA = (await makeUnits(database.db, councilA, ["Ban Tuyên giáo Huyện ủy Tiên Yên"]))[0]!.id;
}, 120_000);
afterAll(async () => {
  await database?.close();
});

describe("PUT /api/auth/password", () => {
  it("refuses a wrong current password at its field and changes nothing", async () => {
    const user = await makeUser(database.db, [grant("observer", councilA)]);
    const session = await http.signIn(user.username, TEST_PASSWORD);
    const res = await change(session, "khong-phai-mat-khau", NEW_PASSWORD);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: unknown }).issues).toEqual([
      { path: "currentPassword", message: "Mật khẩu hiện tại không đúng" },
    ]);
    expect(await http.signInStatus(user.username, NEW_PASSWORD)).toBe(401);
    expect(await http.signInStatus(user.username, TEST_PASSWORD)).toBe(200);
    expect(
      (await auditRowsOf(database, user.actor.kind === "user" ? user.actor.userId : "")).map((r) => r.action),
    ).toEqual(["create"]);
  });

  it("keeps this session, ends the others, and audits it in each of the user's councils", async () => {
    const user = await makeUser(database.db, [
      grant("unit_editor", councilA, { unitId: unitA }),
      grant("observer", councilB),
    ]);
    const userId = user.actor.kind === "user" ? user.actor.userId : "";
    const here = await http.signIn(user.username, TEST_PASSWORD);
    const elsewhere = await http.signIn(user.username, TEST_PASSWORD);
    expect((await http.as(elsewhere).get("/api/auth/me")).status).toBe(200);

    const res = await change(here, TEST_PASSWORD, NEW_PASSWORD);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { sessionsEnded: 1 } });
    expect((await http.as(here).get("/api/auth/me")).status).toBe(200);
    expect((await http.as(elsewhere).get("/api/auth/me")).status).toBe(401);
    expect(await http.signInStatus(user.username, TEST_PASSWORD)).toBe(401);
    expect(await http.signInStatus(user.username, NEW_PASSWORD)).toBe(200);

    const changes = (await auditRowsOf(database, userId)).filter((r) => r.action === "change_password");
    expect(changes.map((r) => [r.councilId, r.actorName]).sort()).toEqual(
      [
        [councilA, user.username],
        [councilB, user.username],
      ].sort(),
    );
    const text = JSON.stringify(changes);
    expect(text).not.toContain(NEW_PASSWORD);
    expect(text).not.toContain(TEST_PASSWORD);
  });

  it("refuses a new password equal to the current one, or too short, at the new password's field", async () => {
    const user = await makeUser(database.db, [grant("observer", councilA)]);
    const session = await http.signIn(user.username, TEST_PASSWORD);
    const same = await change(session, TEST_PASSWORD, TEST_PASSWORD);
    expect(same.status).toBe(400);
    expect(((await same.json()) as { issues: unknown }).issues).toEqual([
      { path: "newPassword", message: "Mật khẩu mới phải khác mật khẩu hiện tại" },
    ]);
    const short = await change(session, TEST_PASSWORD, "ngan-qua");
    expect(((await short.json()) as { issues: unknown }).issues).toEqual([
      { path: "newPassword", message: "Mật khẩu mới cần ít nhất 10 ký tự" },
    ]);
    expect(await http.signInStatus(user.username, TEST_PASSWORD)).toBe(200);
  });

  it("slows guesses at the current password as sign-in does: after five wrong, even the right one waits", async () => {
    const user = await makeUser(database.db, [grant("observer", councilA)]);
    const other = await makeUser(database.db, [grant("observer", councilA)]);
    const session = await http.signIn(user.username, TEST_PASSWORD);
    for (let i = 0; i < 5; i++)
      expect((await change(session, `doan-sai-${i}`, NEW_PASSWORD)).status).toBe(400);
    const sixth = await change(session, TEST_PASSWORD, NEW_PASSWORD);
    expect(sixth.status).toBe(429);
    expect(((await sixth.json()) as { message: string }).message).toBe(
      "Nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau 2 phút.",
    );
    expect((await http.as(session).get("/api/auth/me")).status).toBe(200);
    const otherSession = await http.signIn(other.username, TEST_PASSWORD);
    expect((await change(otherSession, TEST_PASSWORD, NEW_PASSWORD)).status).toBe(200);
    expect(await http.signInStatus(other.username, NEW_PASSWORD)).toBe(200);
  });

  it("needs a session (401) and the CSRF token (403)", async () => {
    expect((await change(null, TEST_PASSWORD, NEW_PASSWORD)).status).toBe(401);
    const user = await makeUser(database.db, [grant("observer", councilA)]);
    const session = await http.signIn(user.username, TEST_PASSWORD);
    const res = await http.app.request("/api/auth/password", {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: session.cookie },
      body: JSON.stringify({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }),
    });
    expect(res.status).toBe(403);
    expect(await http.signInStatus(user.username, TEST_PASSWORD)).toBe(200);
  });
});
