import { createHash } from "node:crypto";
import { and, eq, notExists, sql } from "drizzle-orm";
import { blobs, files } from "../../db/schema";
import type { Db, DbOrTx, Tx } from "../../db/types";
import type { UploadedFile } from "../../server/multipart";
import { sniffAllowedType } from "./sniff";

export type Blob = { sha256: string; size: number; mime: string };

/** Bytes already in hand (a test, the demo): checked and hashed as a streamed upload would be. */
export async function uploadOf(name: string, bytes: Uint8Array): Promise<UploadedFile> {
  const mime = await sniffAllowedType(name, bytes);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { name, bytes: Buffer.from(bytes), size: bytes.byteLength, sha256, mime };
}

const blobOf = (file: UploadedFile) => ({ sha256: file.sha256, size: file.size, mime: file.mime });

/**
 * Stores an upload's bytes once per SHA-256 in one statement of its own (idempotent on the hash): no
 * transaction and no audit head is held while the bytes move.
 */
export async function putBlob(db: Db, file: UploadedFile): Promise<Blob> {
  await db
    .insert(blobs)
    .values({ ...blobOf(file), bytes: file.bytes })
    .onConflictDoNothing();
  return blobOf(file);
}

/**
 * Inside the attaching transaction: holds the blob against a concurrent sweep (FOR SHARE), and puts the
 * bytes back if a sweep removed them between the upload and this transaction.
 */
export async function holdBlob(tx: DbOrTx, file: UploadedFile): Promise<void> {
  const [row] = await tx
    .select({ sha256: blobs.sha256 })
    .from(blobs)
    .where(eq(blobs.sha256, file.sha256))
    .for("share");
  if (!row)
    await tx
      .insert(blobs)
      .values({ ...blobOf(file), bytes: file.bytes })
      .onConflictDoNothing();
}

/**
 * Puts the bytes first, then runs the short transaction that attaches them (`storeFile`: file row,
 * audit row). If that fails, the bytes are deleted unless something else references them.
 */
export async function withBlob<T>(db: Db, file: UploadedFile, attach: (tx: Tx) => Promise<T>): Promise<T> {
  await putBlob(db, file);
  return db.transaction(attach).catch(dropBlobAndRethrow(db, file));
}

/**
 * For a use case that opens its own transaction after `putBlob`: `.catch(dropBlobAndRethrow(db, file))`
 * deletes the bytes unless something else references them, and rethrows.
 */
export const dropBlobAndRethrow =
  (db: Db, file: UploadedFile) =>
  async (err: unknown): Promise<never> => {
    await deleteOrphanBlobs(db, [file.sha256]).catch(() => 0);
    throw err;
  };

/** Deletes blobs no file references (all of them, or the ones named); returns how many went. */
export async function deleteOrphanBlobs(db: DbOrTx, only?: string[]): Promise<number> {
  const orphan = notExists(db.select({ one: sql`1` }).from(files).where(eq(files.sha256, blobs.sha256)));
  const where = only ? and(orphan, sql`${blobs.sha256} in ${only}`) : orphan;
  if (only && only.length === 0) return 0;
  const gone = await db.delete(blobs).where(where).returning({ sha256: blobs.sha256 });
  return gone.length;
}
