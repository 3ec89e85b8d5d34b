import { asc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { makeCouncil, makeUnits } from "../../test-support/factories";
import { verifyAudit } from "./verify-audit";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("tamper-evident audit log", () => {
  it("records every write with before and after, one chain per council", async () => {
    const { db } = database;
    const a = await makeCouncil(db, "Cơ quan A");
    const b = await makeCouncil(db, "Cơ quan B");
    await makeUnits(db, a.councilId, ["Đơn vị 1", "Đơn vị 2"]);
    await makeUnits(db, b.councilId, ["Đơn vị 3"]);
    const rows = await db.select().from(auditLog).orderBy(asc(auditLog.id));
    const ofA = rows.filter((r) => r.councilId === a.councilId);
    expect(ofA.map((r) => [r.seq, r.action, r.entity])).toEqual([
      [1, "create", "council"],
      [2, "create", "organization"],
      [3, "create", "organization"],
    ]);
    expect((ofA[1]?.after as { name?: string } | undefined)?.name).toBe("Đơn vị 1");
    expect(await verifyAudit(db)).toMatchObject({ ok: true });
  });

  it("names the first row whose content was altered directly in the database", async () => {
    const { db } = database;
    const { councilId } = await makeCouncil(db, "Cơ quan C");
    await makeUnits(db, councilId, ["Đơn vị 4", "Đơn vị 5", "Đơn vị 6"]);
    await db.execute(
      sql`update audit_log set after = '{"name":"Đơn vị giả"}' where council_id = ${councilId} and seq = 3`,
    );
    const result = await verifyAudit(db);
    expect(result).toMatchObject({ ok: false, firstBad: { councilId, seq: 3 } });
  });

  it("notices a deleted last row", async () => {
    const fresh = await openTestDatabase();
    try {
      const { councilId } = await makeCouncil(fresh.db, "Cơ quan D");
      await makeUnits(fresh.db, councilId, ["Đơn vị 7"]);
      await fresh.db.execute(sql`delete from audit_log where council_id = ${councilId} and seq = 2`);
      expect(await verifyAudit(fresh.db)).toMatchObject({ ok: false, firstBad: { councilId, seq: 2 } });
    } finally {
      await fresh.close();
    }
  });
});
