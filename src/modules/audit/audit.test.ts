import { createHash } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalJson } from "../../core/text/canonical-json";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { makeCouncil, makeUnits } from "../../test-support/factories";
import { auditDigest, auditHash, GENESIS_HASH } from "./hash";
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

  it("links each row at commit, after the rows written before it by the application of earlier versions", async () => {
    const fresh = await openTestDatabase();
    try {
      const { db } = fresh;
      const { councilId } = await makeCouncil(db, "Cơ quan E");
      // A chain as earlier versions wrote it: the whole row hashed by the application, no digest.
      await db.execute(sql`delete from audit_log where council_id = ${councilId}`);
      let prev = GENESIS_HASH;
      for (const seq of [1, 2]) {
        const row = {
          councilId,
          seq,
          at: `2020-12-0${seq}T08:00:00.000Z`,
          actorId: null,
          actorName: "hệ thống",
          action: "create",
          entity: "organization",
          entityId: `legacy-${seq}`,
          before: null,
          after: { name: `Đơn vị cũ ${seq}` },
        };
        const hash = auditHash(prev, row);
        await db.insert(auditLog).values({ ...row, prevHash: prev, hash });
        prev = hash;
      }
      await db.execute(
        sql`update audit_heads set last_seq = 2, last_hash = ${prev} where council_id = ${councilId}`,
      );
      expect(await verifyAudit(db)).toMatchObject({ ok: true });

      await makeUnits(db, councilId, ["Đơn vị 8"]);
      const rows = await db
        .select()
        .from(auditLog)
        .where(eq(auditLog.councilId, councilId))
        .orderBy(asc(auditLog.seq));
      expect(rows.map((r) => [r.seq, r.entityId.startsWith("legacy") ? "legacy" : "new"])).toEqual([
        [1, "legacy"],
        [2, "legacy"],
        [3, "new"],
      ]);
      // Worked out here, not by the trigger: sha256(previous hash \n seq \n digest of the content).
      const third = rows[2]!;
      const digest = createHash("sha256")
        .update("thidua-audit/v2\n")
        .update(
          canonicalJson({
            councilId,
            at: new Date(third.at).toISOString(),
            actorId: third.actorId,
            actorName: third.actorName,
            action: third.action,
            entity: third.entity,
            entityId: third.entityId,
            before: third.before ?? null,
            after: third.after ?? null,
          }),
        )
        .digest("hex");
      expect(third.digest).toBe(digest);
      expect(third.prevHash).toBe(prev);
      expect(third.hash).toBe(createHash("sha256").update(`${prev}\n3\n${digest}`).digest("hex"));
      expect(await verifyAudit(db)).toMatchObject({ ok: true });

      // A row whose content and digest were both rewritten still breaks its link.
      const forged = { name: "Đơn vị giả" };
      const forgedDigest = auditDigest({
        councilId,
        at: third.at,
        actorId: third.actorId,
        actorName: third.actorName,
        action: third.action,
        entity: third.entity,
        entityId: third.entityId,
        before: third.before,
        after: forged,
      });
      await db.update(auditLog).set({ after: forged, digest: forgedDigest }).where(eq(auditLog.id, third.id));
      expect(await verifyAudit(db)).toMatchObject({ ok: false, firstBad: { councilId, seq: 3 } });
    } finally {
      await fresh.close();
    }
  });
});
