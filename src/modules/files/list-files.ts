import { cleanFileName } from "../../core/text/file-name";
import type { DbOrTx } from "../../db/types";
import { filesOfEntities, findFileWithBytes } from "./repo";

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

/** A file's bytes for download, with the entity it belongs to so the caller can check access. */
export async function readFile(db: DbOrTx, fileId: string) {
  const row = await findFileWithBytes(db, fileId);
  if (!row) return undefined;
  return {
    id: row.file.id,
    councilId: row.file.councilId,
    entity: row.file.entity,
    entityId: row.file.entityId,
    name: cleanFileName(row.file.name),
    mime: row.mime,
    size: row.size,
    bytes: row.bytes,
  };
}
