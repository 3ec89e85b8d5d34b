import type { ClusterYear, RankingV1 } from "../../contracts/cluster-year";
import { scoreClusterYear } from "../../core/scoring";
import { compareVi } from "../../core/text/collate";
import type { DbOrTx } from "../../db/types";
import { scoresOfCluster } from "../assessments/scores-of-cluster";
import type { PactForScoring } from "../pacts/pact-for-scoring";
import { buildClusterYear, type Ignored } from "../rankings/build-file";

/**
 * The final stage of a cluster-year over every member, as it is published: the file (pact table and rules,
 * every unit's final inputs) and the engine's result. Units in the ranking's order of names.
 */
export async function scoreFinalStage(
  tx: DbOrTx,
  scoring: PactForScoring,
): Promise<{ file: ClusterYear; ranking: RankingV1; ignored: Ignored[] }> {
  const units = [...scoring.units].sort((a, b) => compareVi(a.name, b.name) || (a.code < b.code ? -1 : 1));
  const codes = new Map(units.map((u) => [u.unitId, u.code]));
  const { scores } = await scoresOfCluster(tx, scoring.cluster.id, codes, "final", ["final", "published"]);
  const { file, ignored } = buildClusterYear({
    cluster: scoring.cluster,
    units: units.map((u) => ({ code: u.code, name: u.name })),
    criteria: scoring.criteria,
    rules: scoring.rules,
    scores,
  });
  if (!file) throw new Error("nothing to publish: no pact or no unit");
  return { file, ranking: scoreClusterYear(file), ignored };
}
