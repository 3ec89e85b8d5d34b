import type { ClusterYear } from "../../contracts/cluster-year";
import { scoreClusterYear } from "../../core/scoring";
import type { Tx } from "../../db/types";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { insertPublication } from "./repo";

/**
 * An imported, concluded year is published as its file says: the record is the file itself and the engine's
 * result of it, at the pact the import created. Inside the import's transaction, audited.
 */
export async function recordImportedPublication(
  tx: Tx,
  actor: Actor,
  args: { councilId: string; clusterId: string; pactId: string; pactVersion: number; file: ClusterYear },
): Promise<void> {
  const results = scoreClusterYear(args.file);
  const record = await insertPublication(tx, {
    councilId: args.councilId,
    clusterId: args.clusterId,
    seq: 1,
    pactId: args.pactId,
    pactVersion: args.pactVersion,
    file: args.file,
    results,
    publishedBy: actor.kind === "user" ? actor.userId : null,
  });
  await recordAudit(tx, actor, {
    councilId: args.councilId,
    action: "publish",
    entity: "cluster_publication",
    entityId: record.id,
    after: {
      seq: 1,
      source: "import",
      totals: results.results.map((r) => ({ unit: r.unit, rank: r.rank, total: r.total, band: r.band })),
    },
  });
}
