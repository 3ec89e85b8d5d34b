import { cleanFileName } from "../../core/text/file-name";
import type { Db, DbOrTx } from "../../db/types";
import { chunkBytes, chunkStream } from "./chunk-store";
import { filesOfEntities, findFileWithBlob } from "./repo";

export type FileListing = {
  id: string;
  entityId: string;
  name: string;
  size: number;
  mime: string;
  uploadedBy: string | null;
  uploadedAt: string;
};

/** Files attached to some entities, newest first, with size, uploader and date (the caller checks access). */
export async function listFiles(db: DbOrTx, entity: string, entityIds: string[]): Promise<FileListing[]> {
  const rows = await filesOfEntities(db, entity, entityIds);
  return rows
    .map((r) => ({
      id: r.file.id,
      entityId: r.file.entityId,
      name: cleanFileName(r.file.name),
      size: r.size,
      mime: r.mime,
      uploadedBy: r.uploader,
      uploadedAt: r.file.uploadedAt.toISOString(),
    }))
    .sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
}

/**
 * A stored file for download, with the entity it belongs to so the caller can check access. Its bytes
 * are read on demand: `stream()` chunk by chunk (a download), `bytes()` whole.
 */
export async function readFile(db: Db, fileId: string) {
  const row = await findFileWithBlob(db, fileId);
  if (!row) return undefined;
  const chunkSet = row.chunkSet;
  if (!chunkSet) throw new Error(`blob ${row.file.sha256} has no chunks (blob_chunks migration not run?)`);
  return {
    id: row.file.id,
    councilId: row.file.councilId,
    entity: row.file.entity,
    entityId: row.file.entityId,
    name: cleanFileName(row.file.name),
    mime: row.mime,
    size: row.size,
    stream: () => chunkStream(db, chunkSet),
    bytes: () => chunkBytes(db, chunkSet),
  };
}

export type ReadableFile = NonNullable<Awaited<ReturnType<typeof readFile>>>;
