import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { grant, makeCouncil, makeUser } from "../../test-support/factories";
import { createTopic } from "./topics";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("setting a propaganda topic", () => {
  it("answers another council's admin as if the council did not exist, and this council's observer 403", async () => {
    const db = database.db;
    const { councilId } = await makeCouncil(db);
    const foreign = await makeCouncil(db, "Cơ quan chủ trì khác");
    const foreignAdmin = await makeUser(db, [grant("council_admin", foreign.councilId)]);
    const observer = await makeUser(db, [grant("observer", councilId)]);
    const admin = await makeUser(db, [grant("council_admin", councilId)]);
    const input = { councilId, year: 2026, title: "Phòng, chống dịch bệnh" };

    await expect(createTopic({ db, actor: foreignAdmin.actor, input })).rejects.toMatchObject({
      status: 404,
    });
    await expect(createTopic({ db, actor: observer.actor, input })).rejects.toMatchObject({ status: 403 });
    expect((await createTopic({ db, actor: admin.actor, input })).title).toBe("Phòng, chống dịch bệnh");
  });
});
