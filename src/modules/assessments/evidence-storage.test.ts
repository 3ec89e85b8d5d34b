import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { blobs, files } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import type { Db } from "../../db/types";
import { deleteOrphanBlobs, uploadOf } from "../files/put-blob";
import { attachEvidence } from "./attach-evidence";
import { deleteEvidence } from "./delete-evidence";
import { PDF, setUpCluster } from "./test-fixtures";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});
afterEach(() => {
  delete process.env.THIDUA_UNIT_STORAGE_QUOTA_MB;
});

/** A distinct small PDF per call, so tests never share bytes. */
let n = 0;
const pdf = () =>
  new Uint8Array(Buffer.concat([Buffer.from(PDF), Buffer.from(`% ${++n} ${Math.random()}\n`)]));
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const blobCount = async (db: Db, sha256: string) =>
  (await db.select({ s: blobs.sha256 }).from(blobs).where(eq(blobs.sha256, sha256))).length;

describe("evidence storage", () => {
  it("deletes the bytes with the last file that uses them, and keeps them while another does", async () => {
    const { db, cluster, units, editors } = await setUpCluster(database.db);
    const at = { db, clusterId: cluster.id, unitId: units[1]!.id, actor: editors[1]!.actor };
    const bytes = pdf();
    const a = await attachEvidence({ ...at, criterionCode: "I.1", file: await uploadOf("a.pdf", bytes) });
    const b = await attachEvidence({ ...at, criterionCode: "I.2", file: await uploadOf("b.pdf", bytes) });
    expect(await blobCount(db, sha(bytes))).toBe(1);
    await deleteEvidence({ ...at, fileId: a.id });
    expect(await blobCount(db, sha(bytes))).toBe(1);
    await deleteEvidence({ ...at, fileId: b.id });
    expect(await blobCount(db, sha(bytes))).toBe(0);
  });

  it("refuses a file past the unit's quota with 413, storing nothing, and counts per unit", async () => {
    const { db, cluster, units, editors } = await setUpCluster(database.db);
    const first = pdf();
    const second = pdf();
    process.env.THIDUA_UNIT_STORAGE_QUOTA_MB = String(
      (first.byteLength + second.byteLength - 1) / 1024 / 1024,
    );
    const at = { db, clusterId: cluster.id, unitId: units[2]!.id, actor: editors[2]!.actor };
    await attachEvidence({ ...at, criterionCode: "I.1", file: await uploadOf("mot.pdf", first) });
    const err = await attachEvidence({
      ...at,
      criterionCode: "I.2",
      file: await uploadOf("hai.pdf", second),
    }).catch((e) => e);
    expect(err).toMatchObject({ status: 413, code: "quota_exceeded", issues: [{ path: "file" }] });
    const kb = (n: number) => `${Math.round(n / 1024)} KB`;
    expect(err.message).toBe(
      `Đơn vị đã dùng ${kb(first.byteLength)} trong hạn mức lưu trữ ${kb(first.byteLength + second.byteLength - 1)} (minh chứng, tệp báo cáo, mô hình và báo cáo nhiệm vụ); tệp này cần ${kb(second.byteLength)}. Hãy xóa bớt tệp cũ hoặc đề nghị quản trị tăng hạn mức.`,
    );
    expect(await blobCount(db, sha(second))).toBe(0);
    expect(
      await db
        .select()
        .from(files)
        .where(eq(files.sha256, sha(second))),
    ).toEqual([]);
    // Another unit of the same cluster has its own quota.
    const other = { db, clusterId: cluster.id, unitId: units[3]!.id, actor: editors[3]!.actor };
    await expect(
      attachEvidence({ ...other, criterionCode: "I.2", file: await uploadOf("hai.pdf", second) }),
    ).resolves.toMatchObject({ size: second.byteLength });
  });

  it("stores no bytes for someone who may not attach", async () => {
    const { db, cluster, units, observer } = await setUpCluster(database.db);
    const bytes = pdf();
    await expect(
      attachEvidence({
        db,
        clusterId: cluster.id,
        unitId: units[1]!.id,
        actor: observer.actor,
        criterionCode: "I.1",
        file: await uploadOf("x.pdf", bytes),
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await blobCount(db, sha(bytes))).toBe(0);
  });

  it("sweeps bytes no file references and keeps the rest", async () => {
    const { db, cluster, units, editors } = await setUpCluster(database.db);
    const kept = pdf();
    await attachEvidence({
      db,
      clusterId: cluster.id,
      unitId: units[1]!.id,
      actor: editors[1]!.actor,
      criterionCode: "I.1",
      file: await uploadOf("k.pdf", kept),
    });
    const stray = pdf();
    await db
      .insert(blobs)
      .values({ sha256: sha(stray), size: stray.byteLength, mime: "application/pdf", bytes: stray });
    expect(await deleteOrphanBlobs(db)).toBeGreaterThanOrEqual(1);
    expect([await blobCount(db, sha(kept)), await blobCount(db, sha(stray))]).toEqual([1, 0]);
  });
});
