import type { DbOrTx } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import type { ClusterRow, MemberRow } from "../clusters/repo";
import { pactNotFound } from "./pact-errors";
import { pactForScoring } from "./pact-for-scoring";
import { lockPactOfCluster, type PactRow } from "./repo";

export type PactContext = {
  cluster: ClusterRow;
  members: MemberRow[];
  /** Members with their code (the key of `targets`) and their name that year. */
  units: { unitId: string; code: string; name: string; role: "head" | "deputy" | "member" }[];
  pact: PactRow | null;
};

/**
 * The cluster, its members and its pact, after checking the actor may see the cluster (404 otherwise:
 * an outsider does not learn it exists). With `lock`, the pact row is locked until the transaction ends.
 */
export async function loadPactContext(
  db: DbOrTx,
  actor: Actor,
  clusterId: string,
  opts: { lock?: boolean } = {},
): Promise<PactContext> {
  const found = await findClusterWithMembers(db, clusterId);
  if (!found || !canSeeCluster(actor, found.cluster, found.members)) throw notFound("Cụm thi đua");
  const scoring = await pactForScoring(db, clusterId);
  if (!scoring) throw notFound("Cụm thi đua");
  const pact = opts.lock ? ((await lockPactOfCluster(db, clusterId)) ?? null) : scoring.pact;
  return { cluster: found.cluster, members: found.members, units: scoring.units, pact };
}

/** The same, for actions on an existing pact: 404 when the cluster has none yet. */
export async function loadExistingPact(
  db: DbOrTx,
  actor: Actor,
  clusterId: string,
  opts: { lock?: boolean } = {},
): Promise<PactContext & { pact: PactRow }> {
  const context = await loadPactContext(db, actor, clusterId, opts);
  if (!context.pact) throw pactNotFound();
  return { ...context, pact: context.pact };
}
