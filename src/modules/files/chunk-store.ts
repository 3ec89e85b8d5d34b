import { randomUUID } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import { and, asc, eq, gt, inArray, lt, notExists, sql } from "drizzle-orm";
import { blobChunks, blobs } from "../../db/schema";
import type { Db, DbOrTx } from "../../db/types";
import type { ChunkSink } from "../../server/multipart";

/**
 * Bytes per chunk row. On the embedded database each insert runs in the server's own thread: 256 KiB
 * takes a few tens of milliseconds, so other requests get in between the chunks of a large upload.
 */
export const CHUNK_BYTES = 256 * 1024;

/**
 * Writes one chunk in a statement of its own, then lets the event loop turn: PGlite runs a statement in the
 * server's own thread and settles it as a microtask, so a body already in memory would otherwise be written
 * whole before any other request got in.
 */
async function insertChunk(db: DbOrTx, chunkSet: string, seq: number, bytes: Uint8Array) {
  await db.insert(blobChunks).values({ chunkSet, seq, bytes });
  await nextTurn();
}

/**
 * A sink for a streamed upload: the bytes go to `blob_chunks` as they arrive, CHUNK_BYTES at a time, under
 * a new chunk set that becomes a blob's only when the attaching transaction names it (`holdBlob`).
 * `abort` deletes what was written.
 */
export function chunkSink(db: Db): ChunkSink {
  const chunkSet = randomUUID();
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let seq = 0;
  const flush = async (all: boolean) => {
    while (pendingBytes >= CHUNK_BYTES || (all && (pendingBytes > 0 || seq === 0))) {
      const joined = Buffer.concat(pending, pendingBytes);
      const piece = joined.subarray(0, Math.min(CHUNK_BYTES, joined.byteLength));
      const rest = joined.subarray(piece.byteLength);
      pending = rest.byteLength > 0 ? [rest] : [];
      pendingBytes = rest.byteLength;
      await insertChunk(db, chunkSet, seq++, piece);
    }
  };
  return {
    write: async (chunk) => {
      pending.push(chunk);
      pendingBytes += chunk.byteLength;
      if (pendingBytes >= CHUNK_BYTES) await flush(false);
    },
    end: async () => {
      await flush(true);
      return chunkSet;
    },
    abort: async () => {
      pending = [];
      pendingBytes = 0;
      await deleteChunkSets(db, [chunkSet]);
    },
  };
}

/** Writes bytes already in hand (a test, the demo) as a new chunk set; returns its id. */
export async function writeChunks(db: DbOrTx, bytes: Uint8Array): Promise<string> {
  const chunkSet = randomUUID();
  let seq = 0;
  for (let at = 0; at < bytes.byteLength || seq === 0; at += CHUNK_BYTES) {
    await insertChunk(db, chunkSet, seq++, bytes.subarray(at, at + CHUNK_BYTES));
  }
  return chunkSet;
}

/** The chunks of a set, in order, one query per chunk: a download never holds the whole file. */
export function chunkStream(db: DbOrTx, chunkSet: string): ReadableStream<Uint8Array> {
  let next = -1;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // An empty chunk (an empty file) enqueues nothing: read on, or the reader would wait forever.
      for (;;) {
        const [row] = await db
          .select({ seq: blobChunks.seq, bytes: blobChunks.bytes })
          .from(blobChunks)
          .where(and(eq(blobChunks.chunkSet, chunkSet), gt(blobChunks.seq, next)))
          .orderBy(asc(blobChunks.seq))
          .limit(1);
        if (!row) return controller.close();
        next = row.seq;
        if (row.bytes.byteLength > 0) return controller.enqueue(new Uint8Array(row.bytes));
      }
    },
  });
}

/** The whole content of a chunk set in one buffer (for code that needs it all: renderers, tests). */
export async function chunkBytes(db: DbOrTx, chunkSet: string): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const reader = chunkStream(db, chunkSet).getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) parts.push(part.value);
  return Buffer.concat(parts);
}

export async function deleteChunkSets(db: DbOrTx, chunkSets: string[]): Promise<void> {
  if (chunkSets.length === 0) return;
  await db.delete(blobChunks).where(inArray(blobChunks.chunkSet, chunkSets));
}

/** Deletes a chunk set unless a blob names it (an upload that was refused, or bytes stored twice). */
export async function dropChunkSetUnlessUsed(db: DbOrTx, chunkSet: string): Promise<void> {
  const named = db.select({ one: sql`1` }).from(blobs).where(eq(blobs.chunkSet, chunkSet));
  await db.delete(blobChunks).where(and(eq(blobChunks.chunkSet, chunkSet), notExists(named)));
}

/** Chunks no blob names, written before `olderThan` (uploads cut off by a crash); returns how many went. */
export async function deleteStrayChunks(db: DbOrTx, olderThan: Date): Promise<number> {
  const named = db.select({ one: sql`1` }).from(blobs).where(eq(blobs.chunkSet, blobChunks.chunkSet));
  const gone = await db
    .delete(blobChunks)
    .where(and(lt(blobChunks.writtenAt, olderThan), notExists(named)))
    .returning({ seq: blobChunks.seq });
  return gone.length;
}
