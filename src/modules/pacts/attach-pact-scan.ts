import type { Db, Tx } from "../../db/types";
import { AppError, forbidden } from "../../server/errors";
import type { UploadedFile } from "../../server/multipart";
import type { Actor } from "../auth/actor";
import { withBlob } from "../files/put-blob";
import { type StoredFile, storeFile } from "../files/store-file";
import { PACT_SCAN_ENTITY } from "./get-pact";
import { loadExistingPact } from "./load-pact";
import { wrongStatus } from "./pact-errors";
import { managesPact } from "./policy";
import { setScanFile } from "./repo";

const SCAN_TYPES = new Set(["application/pdf", "image/png", "image/jpeg", "image/webp"]);

/**
 * Attaches the scan of the signed paper pact (PDF or image, checked by content) once signing has opened;
 * the newest scan is the pact's scan, earlier ones stay listed. Council admin or head.
 */
type Where = { db: Db; actor: Actor; clusterId: string };

async function checkPact(tx: Tx, args: Where) {
  const { cluster, pact } = await loadExistingPact(tx, args.actor, args.clusterId, { lock: true });
  if (!managesPact(args.actor, cluster)) throw forbidden();
  if (pact.status === "draft") throw wrongStatus(pact.status, "chưa có bản ký để đính kèm bản scan.");
  return { cluster, pact };
}

/** Before reading an upload's body: 404, 403, or 409 while the pact is a draft. */
export async function mayAttachPactScan(args: Where): Promise<void> {
  await args.db.transaction((tx) => checkPact(tx, args));
}

export async function attachPactScan(args: Where & { file: UploadedFile }): Promise<StoredFile> {
  return withBlob(args.db, args.file, async (tx) => {
    const { cluster, pact } = await checkPact(tx, args);
    if (!SCAN_TYPES.has(args.file.mime)) {
      const message = `Bản scan giao ước phải là PDF hoặc ảnh; tệp "${args.file.name}" không phải.`;
      throw new AppError("invalid_file", 415, message, [{ path: "file", message }]);
    }
    const stored = await storeFile(tx, args.actor, {
      councilId: cluster.councilId,
      entity: PACT_SCAN_ENTITY,
      entityId: pact.id,
      file: args.file,
    });
    await setScanFile(tx, pact.id, stored.id);
    return stored;
  });
}
