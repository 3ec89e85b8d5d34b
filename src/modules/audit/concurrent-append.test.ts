import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { makeCouncil } from "../../test-support/factories";
import { saveSelfInput } from "../assessments/save-self-input";
import { SELF_INPUTS, setUpCluster } from "../assessments/test-fixtures";
import { verifyAudit } from "./verify-audit";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("one council's chain under concurrent saves", () => {
  it("appends every save once, in one unbroken chain, whatever order the saves take the head in", async () => {
    const { db } = database;
    const s = await setUpCluster(db);
    // Every unit saves its criteria at once: on PostgreSQL these race for the council's audit head.
    const saves = s.units.flatMap((unit, i) =>
      Object.entries(SELF_INPUTS).map(([criterionCode, value]) =>
        saveSelfInput({
          db,
          actor: s.editors[i]!.actor,
          clusterId: s.cluster.id,
          unitId: unit.id,
          input: { criterionCode, value, version: 0 },
        }),
      ),
    );
    const results = await Promise.allSettled(saves);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    const [counts] = await db
      .select({ rows: sql<number>`count(*)::int`, last: sql<number>`max(${auditLog.seq})::int` })
      .from(auditLog)
      .where(eq(auditLog.councilId, s.cluster.councilId));
    expect(counts!.last).toBe(counts!.rows);
    const [inputs] = await db
      .select({ rows: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.councilId, s.cluster.councilId), eq(auditLog.entity, "assessment_input")));
    expect(inputs!.rows).toBe(s.units.length * Object.keys(SELF_INPUTS).length);
    expect(await verifyAudit(db)).toMatchObject({ ok: true });
  });

  it("starts the chain of councils whose first writes come together", async () => {
    const { db } = database;
    const councils = await Promise.all(
      ["Cơ quan X", "Cơ quan Y", "Cơ quan Z"].map((n) => makeCouncil(db, n)),
    );
    for (const c of councils) {
      const rows = await db
        .select({ seq: auditLog.seq })
        .from(auditLog)
        .where(eq(auditLog.councilId, c.councilId));
      expect(rows.map((r) => r.seq)).toEqual([1]);
    }
    expect(await verifyAudit(db)).toMatchObject({ ok: true });
  });
});
