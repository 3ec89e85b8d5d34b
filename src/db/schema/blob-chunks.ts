import { integer, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./scoring";

/**
 * A blob's bytes in pieces of a few hundred KiB, each written in its own short statement as an upload
 * arrives (on the embedded database one large insert would block every other request). A chunk set is
 * someone's only once a `blobs` row names it; sets nobody names are an upload in progress or left over.
 * Not a tenant table: blobs are shared by hash, like `blobs`.
 */
export const blobChunks = pgTable(
  "blob_chunks",
  {
    chunkSet: uuid("chunk_set").notNull(),
    seq: integer("seq").notNull(),
    bytes: bytea("bytes").notNull(),
    writtenAt: timestamp("written_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.chunkSet, t.seq] })],
);
