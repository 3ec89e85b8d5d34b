import type { DbOrTx } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { readFile } from "../files/list-files";
import { PACT_SCAN_ENTITY } from "./get-pact";
import { loadExistingPact } from "./load-pact";

/** A scan of this cluster's pact, for whoever may see the cluster; any other file id is a 404. */
export async function readPactScan(args: { db: DbOrTx; actor: Actor; clusterId: string; fileId: string }) {
  const { pact } = await loadExistingPact(args.db, args.actor, args.clusterId);
  const file = await readFile(args.db, args.fileId);
  if (!file || file.entity !== PACT_SCAN_ENTITY || file.entityId !== pact.id) throw notFound("Tệp");
  return { name: file.name, mime: file.mime, size: file.size, stream: file.stream, bytes: file.bytes };
}
