import type { Criterion, Rules } from "../../contracts/cluster-year";
import { createPactInput } from "../../contracts/pacts";
import { parseInput } from "../../contracts/parse";
import type { Db, DbOrTx } from "../../db/types";
import { AppError, conflict, forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import { type Actor, isCouncilAdmin } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import { pactForScoring } from "./pact-for-scoring";
import { insertPact } from "./repo";
import { pactTemplates } from "./templates/propaganda";
import { assertValidPact } from "./validate-pact";

/** Starts a cluster-year's pact from a template, from last year's table, or from given criteria (import). */
export async function createPact(args: { db: Db; actor: Actor; clusterId: string; input: unknown }) {
  const input = parseInput(createPactInput, args.input);
  return args.db.transaction(async (tx) => {
    const found = await findClusterWithMembers(tx, args.clusterId);
    if (!found || !canSeeCluster(args.actor, found.cluster, found.members)) throw notFound("Cụm thi đua");
    const isHead =
      args.actor.kind === "user" &&
      args.actor.grants.some((g) => g.role === "cluster_head" && g.clusterId === args.clusterId);
    if (!isCouncilAdmin(args.actor, found.cluster.councilId) && !isHead) throw forbidden();
    const { criteria, rules } = await startingTable(tx, found.cluster.previousId, input);
    const scoring = await pactForScoring(tx, args.clusterId);
    assertValidPact(found.cluster, scoring?.units ?? [], criteria, rules);
    const pact = await insertPact(tx, {
      councilId: found.cluster.councilId,
      clusterId: args.clusterId,
      criteria,
      rules,
    });
    if (!pact) throw conflict("Cụm này đã có giao ước cho năm này.");
    await recordAudit(tx, args.actor, {
      councilId: found.cluster.councilId,
      action: "create",
      entity: "pact",
      entityId: pact.id,
      after: { source: input.source, criteria, rules },
    });
    return pact;
  });
}

async function startingTable(
  tx: DbOrTx,
  previousClusterId: string | null,
  input: ReturnType<typeof createPactInput.parse>,
): Promise<{ criteria: Criterion[]; rules: Rules }> {
  switch (input.source) {
    case "template": {
      const t = pactTemplates[input.templateId];
      return { criteria: structuredClone(t.criteria), rules: structuredClone(t.rules) };
    }
    case "previous": {
      const previous = previousClusterId ? await pactForScoring(tx, previousClusterId) : null;
      if (!previous?.pact) {
        throw new AppError("validation", 400, "Năm trước chưa có giao ước để sao chép.", [
          { path: "source", message: "Năm trước chưa có giao ước" },
        ]);
      }
      return { criteria: previous.criteria, rules: previous.rules };
    }
    case "file":
      if (!input.criteria)
        throw new AppError("validation", 400, "Thiếu bảng tiêu chí.", [
          { path: "criteria", message: "Bắt buộc" },
        ]);
      return { criteria: input.criteria as Criterion[], rules: (input.rules ?? {}) as Rules };
  }
}
