import type { Criterion, Rules } from "../../contracts/cluster-year";
import { createPactInput } from "../../contracts/pacts";
import { parseInput } from "../../contracts/parse";
import type { Db, DbOrTx } from "../../db/types";
import { AppError, conflict, forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { loadPactContext } from "./load-pact";
import { pactForScoring } from "./pact-for-scoring";
import { managesPact } from "./policy";
import { insertPact } from "./repo";
import { pactTemplates } from "./templates/propaganda";
import { assertValidPact } from "./validate-pact";

/** Starts a cluster-year's pact from a template, from last year's table, or from given criteria (import). */
export async function createPact(args: { db: Db; actor: Actor; clusterId: string; input: unknown }) {
  const input = parseInput(createPactInput, args.input);
  return args.db.transaction(async (tx) => {
    const { cluster, units, pact: existing } = await loadPactContext(tx, args.actor, args.clusterId);
    if (!managesPact(args.actor, cluster)) throw forbidden();
    if (existing) throw conflict("Cụm này đã có giao ước cho năm này.");
    const start = await startingTable(tx, cluster.previousId, input);
    const memberCodes = new Set(units.map((u) => u.code));
    const { criteria, rules } = assertValidPact(
      cluster,
      units,
      input.source === "previous" ? keepTargetsOf(start.criteria, memberCodes) : start.criteria,
      start.rules,
    );
    const pact = await insertPact(tx, {
      councilId: cluster.councilId,
      clusterId: args.clusterId,
      criteria,
      rules,
    });
    if (!pact) throw conflict("Cụm này đã có giao ước cho năm này.");
    await recordAudit(tx, args.actor, {
      councilId: cluster.councilId,
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
): Promise<{ criteria: unknown; rules: unknown }> {
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
      return { criteria: input.criteria, rules: (input.rules ?? {}) as Rules };
  }
}

/** Last year's own targets carry over for units still in the cluster; a unit that left takes its figures along. */
function keepTargetsOf(criteria: unknown, codes: ReadonlySet<string>): unknown {
  const prune = (list: Criterion[]): Criterion[] =>
    list.map((c) => {
      if ("children" in c) return { ...c, children: prune(c.children) };
      if ((c.method !== "target" && c.method !== "leaderRelative") || !c.targets) return c;
      const targets = Object.fromEntries(Object.entries(c.targets).filter(([code]) => codes.has(code)));
      const { targets: _dropped, ...rest } = c;
      return Object.keys(targets).length > 0 ? { ...c, targets } : rest;
    });
  return prune(criteria as Criterion[]);
}
