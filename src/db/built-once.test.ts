import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boundTo, runBuiltOnce } from "./built-once";
import type { Database } from "./open";
import { auditLog, councils } from "./schema";
import { openTestDatabase } from "./testing";
import type { DbOrTx } from "./types";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const insertCouncil = (tx: DbOrTx) =>
  tx
    .insert(councils)
    .values({
      code: sql.placeholder("code"),
      name: sql.placeholder("name"),
      createdAt: boundTo(councils.createdAt, "at"),
    })
    .returning();
const councilByCode = (tx: DbOrTx) =>
  tx
    .select()
    .from(councils)
    .where(eq(councils.code, sql.placeholder("code")));

describe("runBuiltOnce", () => {
  it("runs the statement again with each call's values, mapped as Drizzle maps a built query", async () => {
    const at = [new Date("2020-11-24T03:00:00Z"), new Date("2021-01-02T10:30:00Z")];
    const [a] = await runBuiltOnce(database.db, "test.insert-council", insertCouncil, {
      code: "BO1",
      name: "Ban một",
      at: at[0],
    });
    const [b] = await runBuiltOnce(database.db, "test.insert-council", insertCouncil, {
      code: "BO2",
      name: "Ban hai",
      at: at[1],
    });
    expect([a?.code, a?.name, a?.createdAt]).toEqual(["BO1", "Ban một", at[0]]);
    expect([b?.code, b?.name, b?.createdAt]).toEqual(["BO2", "Ban hai", at[1]]);
    expect(b?.createdAt).toBeInstanceOf(Date);
    const [read] = await runBuiltOnce(database.db, "test.council-by-code", councilByCode, { code: "BO2" });
    expect(read).toEqual(b);
  });

  it("runs inside the caller's transaction, and a JSON value goes in and comes back as the value", async () => {
    const [council] = await runBuiltOnce(database.db, "test.insert-council", insertCouncil, {
      code: "BO3",
      name: "Ban ba",
      at: new Date(),
    });
    const after = { stage: "self", value: { points: 2.5, note: "ghi chú" } };
    const insertAudit = (tx: DbOrTx) =>
      tx
        .insert(auditLog)
        .values({
          councilId: sql.placeholder("councilId"),
          at: boundTo(auditLog.at, "at"),
          actorName: "kiểm thử",
          action: "update",
          entity: "x",
          entityId: "1",
          after: boundTo(auditLog.after, "after"),
          digest: "d",
        })
        .returning({ after: auditLog.after });
    await expect(
      database.db.transaction(async (tx) => {
        const [row] = await runBuiltOnce(tx, "test.insert-audit", insertAudit, {
          councilId: council!.id,
          at: new Date().toISOString(),
          after,
        });
        expect(row?.after).toEqual(after);
        // Seen by the transaction that wrote it, then gone with its rollback.
        const inside = await tx.select().from(auditLog).where(eq(auditLog.councilId, council!.id));
        expect(inside).toHaveLength(1);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    const left = await database.db.select().from(auditLog).where(eq(auditLog.councilId, council!.id));
    expect(left).toHaveLength(0);
  });
});
