import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { asc, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Database } from "../../db/open";
import { blobChunks, blobs } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { readMultipart } from "../../server/multipart";
import { makeCouncil, system } from "../../test-support/factories";
import { MULTIPART, multipartHead, multipartTail } from "../../test-support/multipart";
import { CHUNK_BYTES, chunkBytes, chunkSink, deleteStrayChunks, writeChunks } from "./chunk-store";
import { readFile } from "./list-files";
import { withBlob } from "./put-blob";
import { sniffUpload } from "./sniff";
import { storeFile } from "./store-file";

// A large upload is written as chunk rows while it arrives (each its own statement), becomes a blob only
// in the attaching transaction, and is read back in order; refused uploads leave no chunks behind.

const KiB = 1024;
let database: Database;
let councilId: string;
beforeAll(async () => {
  database = await openTestDatabase();
  councilId = (await makeCouncil(database.db)).councilId;
});
afterAll(async () => {
  await database?.close();
});

const pdfOf = (size: number) => {
  const bytes = randomBytes(size);
  bytes.set(Buffer.from("%PDF-1.4\n"));
  return bytes;
};
const requestOf = (name: string, bytes: Uint8Array, fields: Record<string, string> = {}) =>
  new Request("http://x/upload", {
    method: "POST",
    headers: { "content-type": MULTIPART },
    body: Buffer.concat([multipartHead(fields, { name }), bytes, multipartTail()]),
  });
const read = (request: Request, fields: z.ZodType = z.object({})) =>
  readMultipart(request, {
    fields,
    maxFileBytes: 20 * 1024 * KiB,
    missingFile: "Cần chọn tệp",
    sniff: sniffUpload,
    store: () => chunkSink(database.db),
  });
const chunkCount = async () => (await database.db.select({ n: count() }).from(blobChunks))[0]?.n ?? 0;
const attach = (file: Parameters<typeof storeFile>[2]["file"], entityId: string) =>
  withBlob(database.db, file, (tx) => storeFile(tx, system, { councilId, entity: "test", entityId, file }));

describe("blobs stored in chunks", () => {
  it("writes a 1.1 MB upload as ordered chunks of at most CHUNK_BYTES, gives it back whole, and stores equal bytes once", async () => {
    const bytes = pdfOf(1100 * KiB);
    const { file } = await read(requestOf("lon.pdf", bytes));
    const rows = await database.db
      .select({ seq: blobChunks.seq, size: sql<number>`length(${blobChunks.bytes})::int` })
      .from(blobChunks)
      .where(eq(blobChunks.chunkSet, file.chunkSet))
      .orderBy(asc(blobChunks.seq));
    // 1100 KiB in 256 KiB rows: four full ones and 76 KiB.
    expect(rows).toEqual([0, 1, 2, 3, 4].map((seq) => ({ seq, size: seq < 4 ? CHUNK_BYTES : 76 * KiB })));
    // Not a blob until attached.
    expect(await database.db.select().from(blobs).where(eq(blobs.sha256, file.sha256))).toEqual([]);

    const stored = await attach(file, "a");
    const back = await readFile(database.db, stored.id);
    expect((await back!.bytes()).equals(bytes)).toBe(true);

    const before = await chunkCount();
    const again = await read(requestOf("lai.pdf", bytes));
    expect(await chunkCount()).toBe(before + 5);
    await attach(again.file, "b");
    expect(await chunkCount()).toBe(before);
    const second = await readFile(database.db, (await attach(again.file, "c")).id);
    expect((await second!.bytes()).equals(bytes)).toBe(true);
  });

  it("leaves no chunk of an upload refused by type, by a failing attach, or by a missing field", async () => {
    const before = await chunkCount();
    const exe = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), randomBytes(600 * KiB)]);
    await expect(read(requestOf("x.pdf", exe))).rejects.toMatchObject({ status: 415 });
    expect(await chunkCount()).toBe(before);

    const { file } = await read(requestOf("y.pdf", pdfOf(700 * KiB)));
    expect(await chunkCount()).toBe(before + 3);
    await expect(
      withBlob(database.db, file, async () => {
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await chunkCount()).toBe(before);

    const fields = z.object({ criterionCode: z.string() });
    await expect(read(requestOf("z.pdf", pdfOf(700 * KiB)), fields)).rejects.toMatchObject({ status: 400 });
    await vi.waitFor(async () => expect(await chunkCount()).toBe(before), { timeout: 10_000 });
  });

  it("sweeps chunks no blob names once they are old, and keeps a blob's", async () => {
    const stray = await writeChunks(database.db, pdfOf(300 * KiB));
    const kept = (await read(requestOf("giu.pdf", pdfOf(300 * KiB)))).file;
    await attach(kept, "d");
    await database.db.update(blobChunks).set({ writtenAt: new Date(Date.now() - 2 * 3600_000) });
    expect(await deleteStrayChunks(database.db, new Date(Date.now() - 3600_000))).toBe(2);
    expect(await database.db.select().from(blobChunks).where(eq(blobChunks.chunkSet, stray))).toEqual([]);
    expect((await chunkBytes(database.db, kept.chunkSet)).byteLength).toBe(300 * KiB);
  });

  it("the blob_chunks migration moves bytes stored whole into 1 MiB chunks, and running it again changes nothing", async () => {
    const whole = pdfOf(2 * 1024 * KiB + 5);
    const empty = new Uint8Array(0);
    await database.db.insert(blobs).values([
      { sha256: "legacy-whole", size: whole.byteLength, mime: "application/pdf", bytes: whole },
      { sha256: "legacy-empty", size: 0, mime: "application/pdf", bytes: empty },
    ]);
    const migrations = new URL("../../db/migrations/", import.meta.url);
    const file = fs.readdirSync(migrations).find((name) => name.endsWith("_blob_chunks_custom.sql"));
    const migration = fs.readFileSync(new URL(file ?? "missing", migrations), "utf8");
    const run = async () => {
      for (const statement of migration.split("--> statement-breakpoint")) {
        await database.db.execute(sql.raw(statement));
      }
    };
    await run();
    await run();
    const [legacy] = await database.db.select().from(blobs).where(eq(blobs.sha256, "legacy-whole"));
    expect(legacy?.bytes).toBeNull();
    const sizes = await database.db
      .select({ size: sql<number>`length(${blobChunks.bytes})::int` })
      .from(blobChunks)
      .where(eq(blobChunks.chunkSet, legacy!.chunkSet!))
      .orderBy(asc(blobChunks.seq));
    expect(sizes.map((s) => s.size)).toEqual([1024 * KiB, 1024 * KiB, 5]);
    expect((await chunkBytes(database.db, legacy!.chunkSet!)).equals(whole)).toBe(true);
    const [none] = await database.db.select().from(blobs).where(eq(blobs.sha256, "legacy-empty"));
    expect((await chunkBytes(database.db, none!.chunkSet!)).byteLength).toBe(0);
  });
});
