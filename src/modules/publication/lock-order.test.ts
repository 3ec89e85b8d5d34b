import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { AppError } from "../../server/errors";
import { completeReview } from "../assessments/complete-review";
import { finalizeAssessment } from "../assessments/finalize-assessment";
import { saveInputsFromSheet } from "../assessments/save-inputs-from-sheet";
import { submitAssessment } from "../assessments/submit-assessment";
import { fillSelf, seenVersion, setUpCluster } from "../assessments/test-fixtures";

// A scoring sheet that reviews two units, and a finalize of the second, at the same moment. On PostgreSQL
// the test holds the council's audit head from outside, lets both transactions queue behind it, then lets
// go: with locks taken in different orders this was a deadlock (40P01, a 500). PGlite runs transactions
// one at a time, so there the two simply follow each other.

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function outsideConnection(): Promise<pg.Client | null> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url || database.kind !== "postgres") return null;
  const result = (await database.db.execute(sql`select current_database() as name`)) as unknown as {
    rows: { name: string }[];
  };
  const name = result.rows[0]?.name;
  const target = new URL(url);
  target.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  return client;
}

async function waitForLockWaiters(client: pg.Client, count: number): Promise<void> {
  for (let i = 0; i < 400; i++) {
    // Within a transaction PostgreSQL serves pg_stat_activity from a snapshot: clear it to see the present.
    await client.query("select pg_stat_clear_snapshot()");
    const { rows } = await client.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
    );
    if ((rows[0]?.n ?? 0) >= count) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`fewer than ${count} transactions waiting on a lock`);
}

describe("locks in one order", () => {
  it("never deadlocks a scoring-sheet upload against a finalize of one of its units", async () => {
    const s = await setUpCluster(database.db);
    const [a, b] = [s.units[1]!, s.units[2]!];
    for (const [i, unit] of [
      [1, a],
      [2, b],
    ] as const) {
      await fillSelf(s.db, s.editors[i]!.actor, s.cluster.id, unit.id);
      await submitAssessment({
        db: s.db,
        actor: s.editors[i]!.actor,
        clusterId: s.cluster.id,
        unitId: unit.id,
      });
    }
    await completeReview({ db: s.db, actor: s.admin.actor, clusterId: s.cluster.id, unitId: b.id });
    const version = await seenVersion(s, 2);
    const outside = await outsideConnection();
    if (outside) {
      await outside.query("begin");
      await outside.query("select * from audit_heads where council_id = $1 for update", [s.councilId]);
    }
    let sheet: Promise<unknown> = Promise.resolve();
    let finalize: Promise<unknown> = Promise.resolve();
    try {
      sheet = saveInputsFromSheet({
        db: s.db,
        actor: s.admin.actor,
        clusterId: s.cluster.id,
        stage: "review",
        inputs: [a, b].map((u) => ({
          unitId: u.id,
          criterionCode: "I.2",
          value: { points: 4 },
          note: "Chỉ 4 đợt có minh chứng",
        })),
      });
      // Either may be refused before it is awaited below: mark it handled now, allSettled reads it later.
      sheet.catch(() => {});
      if (outside) await waitForLockWaiters(outside, 1);
      finalize = finalizeAssessment({
        db: s.db,
        actor: s.head.actor,
        clusterId: s.cluster.id,
        unitId: b.id,
        input: { version },
      });
      finalize.catch(() => {});
      if (outside) await waitForLockWaiters(outside, 2);
    } finally {
      // Let go even when a wait failed, so the two transactions end and the database can be dropped.
      if (outside) {
        await outside.query("commit");
        await outside.end();
      }
    }
    const [saved, finalized] = await Promise.allSettled([sheet, finalize]);
    for (const result of [saved, finalized]) {
      if (result.status === "rejected") {
        // A refusal the user can act on (the other saved first), never a deadlock or a 500.
        expect(result.reason).toBeInstanceOf(AppError);
        expect((result.reason as AppError).status).toBe(409);
      }
    }
    expect(saved.status === "fulfilled" || finalized.status === "fulfilled").toBe(true);
  });
});
