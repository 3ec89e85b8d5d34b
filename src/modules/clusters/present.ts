import type { ClusterDetail, ClusterSummary } from "../../contracts/clusters";
import { endOfYear } from "../../core/orgs/dated";
import { compareVi } from "../../core/text/collate";
import type { DbOrTx } from "../../db/types";
import { namesAt } from "../orgs/list-organizations";
import type { ClusterRow, MemberRow } from "./repo";

type Named = Map<string, { name: string; shortName: string | null }>;

/** Members named as they were in the cluster's year, head first, then deputy, then by Vietnamese order. */
export function presentMembers(members: readonly MemberRow[], names: Named): ClusterDetail["members"] {
  const order = { head: 0, deputy: 1, member: 2 } as const;
  return members
    .map((m) => ({
      unitId: m.unitId,
      role: m.role,
      name: names.get(m.unitId)?.name ?? "",
      shortName: names.get(m.unitId)?.shortName ?? null,
    }))
    .sort((a, b) => order[a.role] - order[b.role] || compareVi(a.name, b.name));
}

export function presentSummary(
  cluster: ClusterRow,
  councilName: string,
  members: readonly MemberRow[],
  names: Named,
): ClusterSummary {
  const ref = (role: "head" | "deputy") => {
    const m = members.find((x) => x.role === role);
    return m ? { unitId: m.unitId, name: names.get(m.unitId)?.name ?? "" } : null;
  };
  return {
    id: cluster.id,
    councilId: cluster.councilId,
    councilName,
    kind: cluster.kind,
    code: cluster.code,
    name: cluster.name,
    shortName: cluster.shortName,
    year: cluster.year,
    memberCount: members.length,
    head: ref("head"),
    deputy: ref("deputy"),
  };
}

/** Names for many clusters at once: each member named as at the end of its cluster's year. */
export async function memberNamesByCluster(
  db: DbOrTx,
  rows: { cluster: ClusterRow }[],
  members: readonly MemberRow[],
) {
  const out = new Map<string, Named>();
  const byYear = new Map<number, string[]>();
  for (const { cluster } of rows) byYear.set(cluster.year, [...(byYear.get(cluster.year) ?? []), cluster.id]);
  for (const [year, clusterIds] of byYear) {
    const unitIds = [
      ...new Set(members.filter((m) => clusterIds.includes(m.clusterId)).map((m) => m.unitId)),
    ];
    const names = await namesAt(db, unitIds, endOfYear(year));
    for (const id of clusterIds) out.set(id, names);
  }
  return out;
}
