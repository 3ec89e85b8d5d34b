import type { Tx } from "../../db/types";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { type Blob, putBlob } from "./put-blob";
import { insertFile } from "./repo";

export type StoredFile = { id: string; name: string; sha256: string; size: number; mime: string };

type Target = { councilId: string; entity: string; entityId: string; name: string };

/**
 * Stores an uploaded file inside the caller's transaction (the caller has checked who may attach
 * to the entity): type checked from content, bytes stored once per SHA-256, the attachment audited.
 * Large uploads should put the blob first (`putBlob`) and call `attachBlob` in a short transaction.
 */
export async function storeFile(
  tx: Tx,
  actor: Actor,
  args: Target & { bytes: Uint8Array; maxBytes?: number },
): Promise<StoredFile> {
  const blob = await putBlob(tx, args.name, args.bytes, args.maxBytes);
  return attachBlob(tx, actor, { ...args, blob });
}

/** The file row for stored bytes, and its audit row. */
export async function attachBlob(tx: Tx, actor: Actor, args: Target & { blob: Blob }): Promise<StoredFile> {
  const { sha256, size, mime } = args.blob;
  const row = await insertFile(tx, {
    councilId: args.councilId,
    sha256,
    name: args.name,
    entity: args.entity,
    entityId: args.entityId,
    uploadedBy: actor.kind === "user" ? actor.userId : null,
  });
  await recordAudit(tx, actor, {
    councilId: args.councilId,
    action: "attach",
    entity: args.entity,
    entityId: args.entityId,
    after: { fileId: row.id, name: args.name, sha256, size },
  });
  return { id: row.id, name: row.name, sha256, size, mime };
}
