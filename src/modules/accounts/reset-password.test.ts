import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { grant, makeCouncil, makeUnits, makeUser, TEST_PASSWORD } from "../../test-support/factories";
import type { Session } from "../../test-support/http";
import { accountsApp, auditRowsOf } from "./test-fixtures";

let database: Database;
let http: ReturnType<typeof accountsApp>;
let councilA: string;
let councilB: string;
let unitA: string;
type Made = Awaited<ReturnType<typeof makeUser>>;
let adminA: Made;
let adminBoth: Made;
let adminB: Made;
let adminASession: Session;

const NEW_PASSWORD = "mat-khau-dat-lai-2026";
const idOf = (user: Made) => (user.actor.kind === "user" ? user.actor.userId : "");
const reset = (session: Session, user: Made, password = NEW_PASSWORD) =>
  http.as(session).put(`/api/accounts/${idOf(user)}/password`, { password });

beforeAll(async () => {
  database = await openTestDatabase();
  http = accountsApp(database);
  const db = database.db;
  councilA = (await makeCouncil(db)).councilId;
  councilB = (await makeCouncil(db, "Cơ quan chủ trì B")).councilId;
  unitA = (await makeUnits(db, councilA, ["Ban Tuyên giáo Huyện ủy Ba Chẽ"]))[0]!.id;
  adminA = await makeUser(db, [grant("council_admin", councilA)]);
  adminB = await makeUser(db, [grant("council_admin", councilB)]);
  adminBoth = await makeUser(db, [grant("council_admin", councilA), grant("council_admin", councilB)]);
  adminASession = await http.signIn(adminA.username, TEST_PASSWORD);
}, 120_000);
afterAll(async () => {
  await database?.close();
});

describe("PUT /api/accounts/{id}/password", () => {
  it("sets the new password, ends every session of the account, and audits it without the password", async () => {
    const editor = await makeUser(database.db, [grant("unit_editor", councilA, { unitId: unitA })]);
    const phone = await http.signIn(editor.username, TEST_PASSWORD);
    const desk = await http.signIn(editor.username, TEST_PASSWORD);
    expect((await http.as(phone).get("/api/auth/me")).status).toBe(200);

    const res = await reset(adminASession, editor);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { sessionsEnded: 2 } });
    expect((await http.as(phone).get("/api/auth/me")).status).toBe(401);
    expect((await http.as(desk).get("/api/auth/me")).status).toBe(401);
    expect(await http.signInStatus(editor.username, TEST_PASSWORD)).toBe(401);
    expect(await http.signInStatus(editor.username, NEW_PASSWORD)).toBe(200);

    const audit = await auditRowsOf(database, idOf(editor));
    expect(audit.map((r) => [r.councilId, r.action, r.actorName])).toEqual([
      [councilA, "create", "test"],
      [councilA, "reset_password", adminA.username],
    ]);
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
  });

  it("refuses an admin of council A an account that also acts in council B (403), and changes nothing", async () => {
    const both = await makeUser(database.db, [grant("observer", councilA), grant("observer", councilB)]);
    const res = await reset(adminASession, both);
    expect(res.status).toBe(403);
    expect(await http.signInStatus(both.username, TEST_PASSWORD)).toBe(200);
    expect(await http.signInStatus(both.username, NEW_PASSWORD)).toBe(401);
    expect((await auditRowsOf(database, idOf(both))).map((r) => r.action)).toEqual(["create", "create"]);

    // An admin of both councils may, and each council's chain records it.
    const bothAdmin = await http.signIn(adminBoth.username, TEST_PASSWORD);
    expect((await reset(bothAdmin, both)).status).toBe(200);
    const resets = (await auditRowsOf(database, idOf(both))).filter((r) => r.action === "reset_password");
    expect(resets.map((r) => r.councilId).sort()).toEqual([councilA, councilB].sort());
    expect(await http.signInStatus(both.username, NEW_PASSWORD)).toBe(200);
  });

  it("does not tell another council's admin the account exists (404), nor a non-admin of it", async () => {
    const editor = await makeUser(database.db, [grant("unit_editor", councilA, { unitId: unitA })]);
    const observer = await makeUser(database.db, [grant("observer", councilA)]);
    const foreign = await http.signIn(adminB.username, TEST_PASSWORD);
    const colleague = await http.signIn(observer.username, TEST_PASSWORD);
    expect((await reset(foreign, editor)).status).toBe(404);
    expect((await reset(colleague, editor)).status).toBe(404);
    expect(
      (
        await http
          .as(adminASession)
          .put(`/api/accounts/${crypto.randomUUID()}/password`, { password: NEW_PASSWORD })
      ).status,
    ).toBe(404);
    expect(await http.signInStatus(editor.username, TEST_PASSWORD)).toBe(200);
  });

  it("refuses one's own account (403: that is the self change, with the current password)", async () => {
    const res = await reset(adminASession, adminA);
    expect(res.status).toBe(403);
    expect((await http.as(adminASession).get("/api/auth/me")).status).toBe(200);
    expect(await http.signInStatus(adminA.username, TEST_PASSWORD)).toBe(200);
  });

  it("wins over the account's own change sent at the same moment, which never overwrites the reset", async () => {
    const editor = await makeUser(database.db, [grant("unit_editor", councilA, { unitId: unitA })]);
    const own = await http.signIn(editor.username, TEST_PASSWORD);
    const [byAdmin, bySelf] = await Promise.all([
      reset(adminASession, editor),
      http
        .as(own)
        .put("/api/auth/password", { currentPassword: TEST_PASSWORD, newPassword: "mat-khau-tu-doi-2026" }),
    ]);
    // Whichever commits first, the reset ends last: the self change either came before it, or finds the
    // password changed under it (409), or no longer proves the current password (400).
    expect(byAdmin.status).toBe(200);
    expect([200, 400, 401, 409]).toContain(bySelf.status);
    expect(await http.signInStatus(editor.username, NEW_PASSWORD)).toBe(200);
    expect(await http.signInStatus(editor.username, "mat-khau-tu-doi-2026")).toBe(401);
  });

  it("locates a password that is too short", async () => {
    const editor = await makeUser(database.db, [grant("unit_editor", councilA, { unitId: unitA })]);
    const res = await reset(adminASession, editor, "ngan");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: unknown }).issues).toEqual([
      { path: "password", message: "Mật khẩu cần ít nhất 10 ký tự" },
    ]);
  });
});
