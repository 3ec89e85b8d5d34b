import { createHash } from "node:crypto";
import { and, eq, inArray, notExists, sql } from "drizzle-orm";
import { blobs, files } from "../../db/schema";
import type { Db, DbOrTx, Tx } from "../../db/types";
import type { BufferedFile, UploadedFile } from "../../server/multipart";
import { deleteChunkSets, dropChunkSetUnlessUsed, writeChunks } from "./chunk-store";
import { sniffAllowedType } from "./sniff";

/** Bytes already in hand (a test, the demo): checked and hashed as a streamed upload would be. */
export async function uploadOf(name: string, bytes: Uint8Array): Promise<BufferedFile> {
  const mime = await sniffAllowedType(name, bytes);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { name, bytes: Buffer.from(bytes), size: bytes.byteLength, sha256, mime };
}

/**
 * Inside the attaching transaction: makes the blob visible (a streamed upload's chunks are complete and
 * hashed by now), or finds the same bytes already stored, and holds it against a concurrent sweep (FOR
 * SHARE). Bytes in hand are written here only when no blob has them yet; they are small (tests, demo).
 */
export async function holdBlob(tx: DbOrTx, file: UploadedFile): Promise<void> {
  const held = async () =>
    (await tx.select({ sha256: blobs.sha256 }).from(blobs).where(eq(blobs.sha256, file.sha256)).for("share"))
      .length > 0;
  let chunkSet = "chunkSet" in file ? file.chunkSet : undefined;
  // A sweep may delete the existing row between our insert and our lock: then insert again.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await held()) return;
    chunkSet ??= "bytes" in file ? await writeChunks(tx, file.bytes) : undefined;
    await tx
      .insert(blobs)
      .values({ sha256: file.sha256, size: file.size, mime: file.mime, chunkSet })
      .onConflictDoNothing();
  }
  if (!(await held())) throw new Error(`blob ${file.sha256} vanished while attaching`);
}

/**
 * Runs the short transaction that attaches an upload (`storeFile`: blob made visible, file row, audit
 * row); no bytes move inside it. Afterwards, success or not, the upload's chunks are deleted unless its
 * blob names them (refused, or the same bytes were stored already).
 */
export async function withBlob<T>(db: Db, file: UploadedFile, attach: (tx: Tx) => Promise<T>): Promise<T> {
  return releasingUpload(db, file, () => db.transaction(attach));
}

/** Runs `work` on an upload, then drops the upload's chunks unless a blob names them. */
export async function releasingUpload<T>(db: Db, file: UploadedFile, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    if ("chunkSet" in file) await dropChunkSetUnlessUsed(db, file.chunkSet).catch(() => undefined);
  }
}

/** Deletes blobs no file references (all of them, or the ones named) with their chunks; returns how many went. */
export async function deleteOrphanBlobs(db: DbOrTx, only?: string[]): Promise<number> {
  if (only && only.length === 0) return 0;
  const orphan = notExists(db.select({ one: sql`1` }).from(files).where(eq(files.sha256, blobs.sha256)));
  const where = only ? and(orphan, inArray(blobs.sha256, only)) : orphan;
  const gone = await db.delete(blobs).where(where).returning({ chunkSet: blobs.chunkSet });
  await deleteChunkSets(
    db,
    gone.flatMap((g) => (g.chunkSet ? [g.chunkSet] : [])),
  );
  return gone.length;
}
