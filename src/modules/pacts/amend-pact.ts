import type { Criterion, Rules } from "../../contracts/cluster-year";
import { amendPactInput } from "../../contracts/pacts";
import { parseInput, validationError } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { amendmentImpact, describeImpact } from "./amendment-impact";
import { loadExistingPact } from "./load-pact";
import { publishedResultsAffected, versionConflict, wrongStatus } from "./pact-errors";
import { managesPact } from "./policy";
import { insertAmendment, updatePactIfVersion } from "./repo";
import { diffTables, isEmptyDiff, summarizeDiff } from "./table-diff";
import { assertValidPact } from "./validate-pact";

/**
 * Changes a locked (signed) pact: council admin or head only, with a reason. The before and after tables
 * are kept as an amendment every member sees; the signatures stay those of the original table. Refused
 * (409, with the impact list) when it would change a published result: the council reopens it first.
 */
export async function amendPact(args: { db: Db; actor: Actor; clusterId: string; input: unknown }) {
  const input = parseInput(amendPactInput, args.input);
  return args.db.transaction(async (tx) => {
    const { cluster, units, pact } = await loadExistingPact(tx, args.actor, args.clusterId, { lock: true });
    if (!managesPact(args.actor, cluster)) throw forbidden();
    if (pact.status !== "locked") {
      throw wrongStatus(
        pact.status,
        "chỉ giao ước đã được mọi thành viên ký mới sửa đổi; bản nháp thì sửa trực tiếp.",
      );
    }
    if (pact.version !== input.version) throw versionConflict(pact, input.version, input);
    const table = assertValidPact(cluster, units, input.criteria, input.rules ?? pact.rules);
    const before = { criteria: pact.criteria as Criterion[], rules: pact.rules as Rules };
    const diff = diffTables(before, table);
    if (isEmptyDiff(diff)) {
      throw validationError([{ path: "criteria", message: "Bảng tiêu chí và quy chế không có gì thay đổi" }]);
    }
    const impact = await amendmentImpact(tx, cluster, units, before, table);
    if (impact.blocked) throw publishedResultsAffected(impact.rows);
    const saved = await updatePactIfVersion(tx, pact.id, input.version, table);
    if (!saved) throw versionConflict(pact, input.version, input);
    await insertAmendment(tx, {
      councilId: cluster.councilId,
      pactId: pact.id,
      reason: input.reason,
      before,
      after: table,
      actorId: args.actor.kind === "user" ? args.actor.userId : null,
    });
    await recordAudit(tx, args.actor, {
      councilId: cluster.councilId,
      action: "amend",
      entity: "pact",
      entityId: pact.id,
      before: { version: pact.version, ...before },
      after: {
        version: saved.version,
        ...table,
        reason: input.reason,
        summary: summarizeDiff(diff),
        impact: impact.rows.map(describeImpact),
      },
    });
    return saved;
  });
}
