import { and, eq, inArray } from "drizzle-orm";
import { blobs, files, users } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export async function insertFile(tx: DbOrTx, values: typeof files.$inferInsert) {
  const [row] = await tx.insert(files).values(values).returning();
  if (!row) throw new Error("insert file returned nothing");
  return row;
}

export async function findFileWithBlob(tx: DbOrTx, id: string) {
  const [row] = await tx
    .select({ file: files, mime: blobs.mime, size: blobs.size, chunkSet: blobs.chunkSet })
    .from(files)
    .innerJoin(blobs, eq(blobs.sha256, files.sha256))
    .where(eq(files.id, id));
  return row;
}

export async function filesOfEntities(tx: DbOrTx, entity: string, entityIds: string[]) {
  if (entityIds.length === 0) return [];
  return tx
    .select({ file: files, mime: blobs.mime, size: blobs.size, uploader: users.displayName })
    .from(files)
    .innerJoin(blobs, eq(blobs.sha256, files.sha256))
    .leftJoin(users, eq(users.id, files.uploadedBy))
    .where(and(eq(files.entity, entity), inArray(files.entityId, entityIds)));
}

export async function deleteFileRow(tx: DbOrTx, id: string) {
  await tx.delete(files).where(eq(files.id, id));
}
