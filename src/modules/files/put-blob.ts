import { createHash } from "node:crypto";
import { and, eq, notExists, sql } from "drizzle-orm";
import { blobs, files } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { sniffAllowedType } from "./sniff";

export type Blob = { sha256: string; size: number; mime: string };

/**
 * Checks and stores an upload's bytes once per SHA-256, in its own statement: no transaction and no
 * audit head is held while the bytes move. The caller then attaches it in a short transaction.
 */
export async function putBlob(db: DbOrTx, name: string, bytes: Uint8Array, maxBytes?: number): Promise<Blob> {
  const mime = await sniffAllowedType(name, bytes, maxBytes);
  const hash = createHash("sha256");
  // Hash in slices: one pass, no copy of the whole file.
  for (let at = 0; at < bytes.byteLength; at += 1024 * 1024)
    hash.update(bytes.subarray(at, at + 1024 * 1024));
  const blob = { sha256: hash.digest("hex"), size: bytes.byteLength, mime };
  await db
    .insert(blobs)
    .values({ ...blob, bytes })
    .onConflictDoNothing();
  return blob;
}

/**
 * Inside the attaching transaction: holds the blob against a concurrent sweep (FOR SHARE), and puts the
 * bytes back if a sweep removed them between the upload and this transaction.
 */
export async function holdBlob(tx: DbOrTx, blob: Blob, bytes: Uint8Array): Promise<void> {
  const [row] = await tx
    .select({ sha256: blobs.sha256 })
    .from(blobs)
    .where(eq(blobs.sha256, blob.sha256))
    .for("share");
  if (!row)
    await tx
      .insert(blobs)
      .values({ ...blob, bytes })
      .onConflictDoNothing();
}

/** Deletes blobs no file references (all of them, or the ones named); returns how many went. */
export async function deleteOrphanBlobs(db: DbOrTx, only?: string[]): Promise<number> {
  const orphan = notExists(db.select({ one: sql`1` }).from(files).where(eq(files.sha256, blobs.sha256)));
  const where = only ? and(orphan, sql`${blobs.sha256} in ${only}`) : orphan;
  if (only && only.length === 0) return 0;
  const gone = await db.delete(blobs).where(where).returning({ sha256: blobs.sha256 });
  return gone.length;
}
