import { updatePactInput } from "../../contracts/pacts";
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

/**
 * Saves the whole criteria table and rules of a draft pact (council admin or the cluster's head).
 * Compare-and-set on `version`: when someone saved first, a 409 shows their version and nothing is written.
 */
export async function updatePact(args: { db: Db; actor: Actor; clusterId: string; input: unknown }) {
  const input = parseInput(updatePactInput, args.input);
  return args.db.transaction(async (tx) => {
    const { cluster, units, pact } = await loadExistingPact(tx, args.actor, args.clusterId, { lock: true });
    if (!managesPact(args.actor, cluster)) throw forbidden();
    if (pact.status !== "draft") {
      throw wrongStatus(
        pact.status,
        "không sửa trực tiếp được nữa; mọi thay đổi phải là một sửa đổi có lý do.",
      );
    }
    if (pact.version !== input.version) throw versionConflict(pact, input.version, input);
    const table = assertValidPact(cluster, units, input.criteria, input.rules ?? pact.rules);
    const saved = await updatePactIfVersion(tx, pact.id, input.version, table);
    if (!saved) throw versionConflict(pact, input.version, input);
    await recordAudit(tx, args.actor, {
      councilId: cluster.councilId,
      action: "update",
      entity: "pact",
      entityId: pact.id,
      before: { version: pact.version, criteria: pact.criteria, rules: pact.rules },
      after: { version: saved.version, criteria: saved.criteria, rules: saved.rules },
    });
    return saved;
  });
}
