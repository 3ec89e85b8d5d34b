import { eq, sql } from "drizzle-orm";
import type { Criterion, Rules } from "../../contracts/cluster-year";
import { endOfYear, pickAt } from "../../core/orgs/dated";
import { clusters, pacts } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import type { ClusterRow, MemberRow } from "../clusters/repo";
import type { PactRow } from "./repo";

export type PactForScoring = {
  pact: PactRow | null;
  criteria: Criterion[];
  rules: Rules;
  cluster: { id: string; councilId: string; code: string; name: string; year: number };
  /** Members with the code they carry in files and the name they had that year. */
  units: { unitId: string; code: string; name: string; role: "head" | "deputy" | "member" }[];
  /** The cluster's row and member rows as read in the same statement, for callers' policy checks. */
  clusterRow: ClusterRow;
  members: MemberRow[];
};

type MemberJson = {
  unitId: string;
  role: MemberRow["role"];
  code: string | null;
  names: { name: string; validFrom: string; validTo: string | null }[] | null;
};

/** The columns `pactForScoring` reads, for a caller that reads more in the same statement (from clusters ⟕ pacts). */
export const pactForScoringColumns = {
  cluster: clusters,
  pact: pacts,
  members: sql<MemberJson[] | null>`(
    select json_agg(json_build_object(
      'unitId', m.unit_id, 'role', m.role,
      'code', (select o.code from organizations o where o.id = m.unit_id),
      'names', (select json_agg(json_build_object('name', n.name, 'validFrom', n.valid_from, 'validTo', n.valid_to))
                from organization_names n where n.org_id = m.unit_id)))
    from cluster_members m where m.cluster_id = ${clusters.id})`,
};

/**
 * The cluster-year's pact and members, shaped as the scoring engine and the file formats want them: one
 * statement (the cluster, its pact, every member with its code and name rows). No policy check: callers check.
 */
export async function pactForScoring(db: DbOrTx, clusterId: string): Promise<PactForScoring | null> {
  const [row] = await db
    .select(pactForScoringColumns)
    .from(clusters)
    .leftJoin(pacts, eq(pacts.clusterId, clusters.id))
    .where(eq(clusters.id, clusterId));
  return row ? shapePactForScoring(row) : null;
}

/** A row of `pactForScoringColumns`, shaped. */
export function shapePactForScoring(row: {
  cluster: ClusterRow;
  pact: PactRow | null;
  members: MemberJson[] | null;
}): PactForScoring {
  const { cluster, pact } = row;
  const at = endOfYear(cluster.year);
  const rows = row.members ?? [];
  return {
    pact,
    criteria: (pact?.criteria as Criterion[] | undefined) ?? [],
    rules: (pact?.rules as Rules | undefined) ?? {},
    cluster: {
      id: cluster.id,
      councilId: cluster.councilId,
      code: cluster.code,
      name: cluster.name,
      year: cluster.year,
    },
    units: rows.map((m) => ({
      unitId: m.unitId,
      code: m.code ?? m.unitId,
      name: pickAt(m.names ?? [], at)?.name ?? "",
      role: m.role,
    })),
    clusterRow: cluster,
    members: rows.map((m) => ({
      councilId: cluster.councilId,
      clusterId: cluster.id,
      unitId: m.unitId,
      role: m.role,
    })),
  };
}
