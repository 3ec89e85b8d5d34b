import { createHash } from "node:crypto";
import type { Tx } from "../../db/types";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { insertBlobOnce, insertFile } from "./repo";
import { sniffAllowedType } from "./sniff";

export type StoredFile = { id: string; name: string; sha256: string; size: number; mime: string };

/**
 * Stores an uploaded file inside the caller's transaction (the caller has checked who may attach
 * to the entity): type checked from content, bytes stored once per SHA-256, the attachment audited.
 */
export async function storeFile(
  tx: Tx,
  actor: Actor,
  args: {
    councilId: string;
    entity: string;
    entityId: string;
    name: string;
    bytes: Uint8Array;
    maxBytes?: number;
  },
): Promise<StoredFile> {
  const mime = await sniffAllowedType(args.name, args.bytes, args.maxBytes);
  const sha256 = createHash("sha256").update(args.bytes).digest("hex");
  await insertBlobOnce(tx, { sha256, size: args.bytes.byteLength, mime, bytes: args.bytes });
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
    after: { fileId: row.id, name: args.name, sha256, size: args.bytes.byteLength },
  });
  return { id: row.id, name: row.name, sha256, size: args.bytes.byteLength, mime };
}
