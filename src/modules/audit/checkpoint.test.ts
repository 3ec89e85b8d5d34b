import fs, { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { auditHeads, auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import type { Db } from "../../db/types";
import { makeCouncil, system } from "../../test-support/factories";
import { correctPublished } from "../assessments/correct-published";
import { bringToFinal, publishAll, seenVersion, setUpCluster } from "../assessments/test-fixtures";
import { importClusterYear } from "../exchange/import-cluster-year";
import { ensureAuditKey } from "./audit-key";
import { type Checkpoint, formatCheckpoints, makeCheckpoints, parseCheckpoints } from "./checkpoint";
import { auditDigest, expectedHash } from "./hash";
import { reconcilePublishedScores } from "./reconcile-scores";
import { verifyAudit } from "./verify-audit";
import { verifyCheckpoints } from "./verify-checkpoint";

let database: Database;
let tmp: string;
beforeAll(async () => {
  database = await openTestDatabase();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-key-"));
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const fixture = readFileSync(new URL("../../core/scoring/fixtures/cum1-2020.json", import.meta.url), "utf8");

/** A council with a cluster whose six results were imported as published: 10 audit rows or so. */
async function publishedCouncil(db: Db) {
  const { councilId } = await makeCouncil(db);
  await importClusterYear({ db, actor: system, councilId, text: fixture });
  return councilId;
}

/** What someone with write access to the database can do: recompute every hash from `fromSeq` on. */
async function rehashFrom(db: Db, councilId: string, fromSeq: number) {
  const rows = await db
    .select()
    .from(auditLog)
    .where(eq(auditLog.councilId, councilId))
    .orderBy(asc(auditLog.seq));
  let prev = rows.find((r) => r.seq === fromSeq - 1)?.hash ?? "0".repeat(64);
  let last = { seq: 0, hash: prev };
  for (const r of rows.filter((x) => x.seq! >= fromSeq)) {
    const content = {
      councilId: r.councilId,
      at: r.at,
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
    };
    const digest = r.digest === null ? null : auditDigest(content);
    const { hash } = expectedHash(prev, { ...content, seq: r.seq!, digest });
    await db.update(auditLog).set({ prevHash: prev, hash, digest }).where(eq(auditLog.id, r.id));
    prev = hash;
    last = { seq: r.seq!, hash };
  }
  await db
    .update(auditHeads)
    .set({ lastSeq: last.seq, lastHash: last.hash })
    .where(eq(auditHeads.councilId, councilId));
}

/** Tampering breaks the database for every later test: each such test gets its own. */
async function tampered(body: (db: Db) => Promise<void>) {
  const fresh = await openTestDatabase();
  try {
    await body(fresh.db);
  } finally {
    await fresh.close();
  }
}

const onlyFor = (list: Checkpoint[], councilId: string) => list.filter((c) => c.councilId === councilId);

describe("the checkpoint key", () => {
  it("is created once with mode 0600 and read back with the same fingerprint", () => {
    const file = path.join(tmp, "sub", "data.audit-key.pem");
    const first = ensureAuditKey(file);
    expect(first.created).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const again = ensureAuditKey(file);
    expect([again.created, again.fingerprint]).toEqual([false, first.fingerprint]);
    expect(first.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
  });
});

describe("signed checkpoints survive whoever holds the database", () => {
  it("prints a text that reads back and verifies while the log only grows", async () => {
    const { db } = database;
    const key = ensureAuditKey(path.join(tmp, "k1.pem"));
    const councilId = await publishedCouncil(db);
    const list = onlyFor(await makeCheckpoints(db, key), councilId);
    const text = formatCheckpoints(list);
    expect(text).toContain(`council: ${councilId}`);
    expect(text).toContain(`key: ${key.fingerprint}`);
    const parsed = parseCheckpoints(`Lưu hồ sơ ngày 30/11/2026\n\n${text}`);
    expect(parsed).toEqual(list);
    await makeCouncil(db, "Cơ quan khác");
    expect(await verifyCheckpoints(db, parsed, key)).toMatchObject({ problems: [] });
  });

  it("detects a deleted tail with audit_heads moved back, which the plain chain check passes", async () => {
    await tampered(async (db) => {
      const key = ensureAuditKey(path.join(tmp, "k2.pem"));
      const councilId = await publishedCouncil(db);
      const [cp] = onlyFor(await makeCheckpoints(db, key), councilId);
      const keep = cp!.seq - 3;
      await db.delete(auditLog).where(and(eq(auditLog.councilId, councilId), gt(auditLog.seq, keep)));
      const [last] = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.councilId, councilId), eq(auditLog.seq, keep)));
      await db
        .update(auditHeads)
        .set({ lastSeq: keep, lastHash: last!.hash! })
        .where(eq(auditHeads.councilId, councilId));
      expect(await verifyAudit(db)).toMatchObject({ ok: true });
      const { problems } = await verifyCheckpoints(db, [cp!], key);
      expect(problems).toEqual([
        expect.stringContaining(`nhật ký không còn bản ghi số ${cp!.seq} — phần cuối nhật ký đã bị xóa`),
      ]);
    });
  });

  it("detects a row edited and every later hash recomputed", async () => {
    await tampered(async (db) => {
      const key = ensureAuditKey(path.join(tmp, "k3.pem"));
      const councilId = await publishedCouncil(db);
      const [cp] = onlyFor(await makeCheckpoints(db, key), councilId);
      await db.execute(
        sql`update audit_log set actor_name = 'người khác' where council_id = ${councilId} and seq = 2`,
      );
      await rehashFrom(db, councilId, 2);
      expect(await verifyAudit(db)).toMatchObject({ ok: true });
      const { problems } = await verifyCheckpoints(db, [cp!], key);
      expect(problems).toEqual([expect.stringContaining(`bản ghi số ${cp!.seq} có mã băm khác điểm mốc`)]);
    });
  });

  it("refuses a checkpoint whose numbers were changed, or signed by another key", async () => {
    const { db } = database;
    const key = ensureAuditKey(path.join(tmp, "k4.pem"));
    const other = ensureAuditKey(path.join(tmp, "k5.pem"));
    const councilId = await publishedCouncil(db);
    const [cp] = onlyFor(await makeCheckpoints(db, key), councilId);
    const edited = { ...cp!, seq: cp!.seq - 1 };
    const [foreign] = onlyFor(await makeCheckpoints(db, other), councilId);
    const { problems } = await verifyCheckpoints(db, [edited, foreign!], key);
    expect(problems).toEqual([
      expect.stringContaining("chữ ký không hợp lệ"),
      expect.stringContaining(`ký bằng khóa ${other.fingerprint}, không phải khóa của cài đặt này`),
    ]);
  });
});

describe("published scores are recomputed from the log", () => {
  it("explains imported, finalized and corrected values, and names a direct edit of the score table", async () => {
    const s = await setUpCluster(database.db);
    const { db, cluster, units, admin } = s;
    await bringToFinal(s);
    await publishAll(s);
    await correctPublished({
      db,
      clusterId: cluster.id,
      unitId: units[5]!.id,
      actor: admin.actor,
      input: {
        criterionCode: "I.2",
        value: { points: 6 },
        reason: "Bổ sung minh chứng",
        version: await seenVersion(s, 5),
      },
    });
    await publishedCouncil(db);
    expect(await reconcilePublishedScores(db)).toEqual([]);
    await db.execute(sql`
      update assessment_inputs set final_value = '{"points": 10}'::jsonb
      where criterion_code = 'I.2' and assessment_id = (select id from assessments where unit_id = ${units[5]!.id})`);
    const problems = await reconcilePublishedScores(db);
    expect(problems).toEqual([
      `Cụm ${cluster.code} ${cluster.year}, đơn vị ${units[5]!.code}, tiêu chí I.2: bảng điểm có {"points":10}, nhật ký ghi {"points":6} — sửa trực tiếp trong cơ sở dữ liệu.`,
    ]);
  });
});
