import type { Tx } from "../../db/types";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { deleteOrphanBlobs } from "./put-blob";
import { deleteFileRow, findFileWithBlob } from "./repo";

/**
 * Detaches a file inside the caller's transaction (the caller has checked who may): the file row, its
 * bytes when no other file uses them, and the audit row. Undefined when the file is not the entity's.
 */
export async function removeFile(
  tx: Tx,
  actor: Actor,
  args: { councilId: string; entity: string; entityId: string; fileId: string },
): Promise<{ id: string; name: string } | undefined> {
  const found = await findFileWithBlob(tx, args.fileId);
  const file = found?.file;
  if (!file || file.entity !== args.entity || file.entityId !== args.entityId) return undefined;
  await deleteFileRow(tx, file.id);
  // The bytes go with their last file; the same bytes attached elsewhere stay.
  await deleteOrphanBlobs(tx, [file.sha256]);
  await recordAudit(tx, actor, {
    councilId: args.councilId,
    action: "detach",
    entity: args.entity,
    entityId: args.entityId,
    before: { fileId: file.id, name: file.name, sha256: file.sha256, size: found.size },
  });
  return { id: file.id, name: file.name };
}
