import type { Criterion, Rules } from "../../contracts/cluster-year";
import { endOfYear } from "../../core/orgs/dated";
import type { DbOrTx } from "../../db/types";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { getOrganizations } from "../orgs/find-organization";
import { namesAt } from "../orgs/list-organizations";
import { findPactByCluster, type PactRow } from "./repo";

export type PactForScoring = {
  pact: PactRow | null;
  criteria: Criterion[];
  rules: Rules;
  cluster: { id: string; councilId: string; code: string; name: string; year: number };
  /** Members with the code they carry in files and the name they had that year. */
  units: { unitId: string; code: string; name: string; role: "head" | "deputy" | "member" }[];
};

/** The cluster-year's pact and members, shaped as the scoring engine and the file formats want them. No policy check: callers check. */
export async function pactForScoring(db: DbOrTx, clusterId: string): Promise<PactForScoring | null> {
  const found = await findClusterWithMembers(db, clusterId);
  if (!found) return null;
  const { cluster, members } = found;
  const names = await namesAt(
    db,
    members.map((m) => m.unitId),
    endOfYear(cluster.year),
  );
  const orgs = new Map(
    (
      await getOrganizations(
        db,
        members.map((m) => m.unitId),
      )
    ).map((o) => [o.id, o]),
  );
  const units = members.map((m) => ({
    unitId: m.unitId,
    code: orgs.get(m.unitId)?.code ?? m.unitId,
    name: names.get(m.unitId)?.name ?? "",
    role: m.role,
  }));
  const pact = (await findPactByCluster(db, clusterId)) ?? null;
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
    units,
  };
}
