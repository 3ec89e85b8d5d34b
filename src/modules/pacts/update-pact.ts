import { updatePactInput } from "../../contracts/pacts";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import { type Actor, systemActor } from "../auth/actor";
import { loadExistingPact } from "./load-pact";
import { versionConflict, wrongStatus } from "./pact-errors";
import { managesPact } from "./policy";
import { updatePactIfVersion } from "./repo";
import { assertValidPact } from "./validate-pact";

/**
 * Saves the whole criteria table and rules of a draft pact (council admin or the cluster's head).
 * Compare-and-set on `version`: when someone saved first, a 409 shows their version and nothing is written.
 * `authorized`: another module's policy has already let this actor change the draft (tasks carried into it by
 * this year's head, tasks/policy.ts), so neither seeing nor managing the cluster is asked again.
 */
export async function updatePact(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  input: unknown;
  authorized?: boolean;
}) {
  const input = parseInput(updatePactInput, args.input);
  return args.db.transaction(async (tx) => {
    const reader = args.authorized ? systemActor("authorized") : args.actor;
    const { cluster, units, pact } = await loadExistingPact(tx, reader, args.clusterId, { lock: true });
    if (!args.authorized && !managesPact(args.actor, cluster)) throw forbidden();
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
