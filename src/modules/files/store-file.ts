import type { Tx } from "../../db/types";
import type { UploadedFile } from "../../server/multipart";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { holdBlob } from "./put-blob";
import { insertFile } from "./repo";

export type StoredFile = { id: string; name: string; sha256: string; size: number; mime: string };

type Target = { councilId: string; entity: string; entityId: string };

/**
 * Attaches an upload inside the caller's transaction (the caller has checked who may attach to the
 * entity): the file row and its audit row. Run it inside `withBlob`, which stores the bytes before the
 * transaction; should they be gone by now (a sweep), they are put back here.
 */
export async function storeFile(
  tx: Tx,
  actor: Actor,
  args: Target & { file: UploadedFile },
): Promise<StoredFile> {
  await holdBlob(tx, args.file);
  const { sha256, size, mime, name } = args.file;
  const row = await insertFile(tx, {
    councilId: args.councilId,
    sha256,
    name,
    entity: args.entity,
    entityId: args.entityId,
    uploadedBy: actor.kind === "user" ? actor.userId : null,
  });
  await recordAudit(tx, actor, {
    councilId: args.councilId,
    action: "attach",
    entity: args.entity,
    entityId: args.entityId,
    after: { fileId: row.id, name, sha256, size },
  });
  return { id: row.id, name: row.name, sha256, size, mime };
}
