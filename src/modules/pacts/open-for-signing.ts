import { openSigningInput } from "../../contracts/pacts";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { loadExistingPact } from "./load-pact";
import { versionConflict, wrongStatus } from "./pact-errors";
import { managesPact } from "./policy";
import { updatePactIfVersion } from "./repo";
import { assertValidPact } from "./validate-pact";

/** Draft → signing (council admin or head): the table the members will sign is the version they saw. */
export async function openForSigning(args: { db: Db; actor: Actor; clusterId: string; input: unknown }) {
  const input = parseInput(openSigningInput, args.input);
  return args.db.transaction(async (tx) => {
    const { cluster, units, pact } = await loadExistingPact(tx, args.actor, args.clusterId, { lock: true });
    if (!managesPact(args.actor, cluster)) throw forbidden();
    if (pact.status !== "draft") throw wrongStatus(pact.status, "đã mở để ký rồi.");
    if (pact.version !== input.version) throw versionConflict(pact, input.version);
    // Members may have changed since the table was written (a target for a unit that left, say).
    assertValidPact(cluster, units, pact.criteria, pact.rules);
    const saved = await updatePactIfVersion(tx, pact.id, input.version, { status: "signing" });
    if (!saved) throw versionConflict(pact, input.version);
    await recordAudit(tx, args.actor, {
      councilId: cluster.councilId,
      action: "open_signing",
      entity: "pact",
      entityId: pact.id,
      before: { status: pact.status, version: pact.version },
      after: { status: saved.status, version: saved.version },
    });
    return saved;
  });
}
