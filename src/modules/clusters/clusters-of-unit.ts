import type { DbOrTx } from "../../db/types";
import { membershipsOfUnit } from "./repo";

/** Every cluster-year a unit took part in, newest first, with its role. */
export async function clustersOfUnit(db: DbOrTx, unitId: string) {
  const rows = await membershipsOfUnit(db, unitId);
  return rows
    .map((r) => ({ clusterId: r.cluster.id, year: r.cluster.year, name: r.cluster.name, role: r.role }))
    .sort((a, b) => b.year - a.year);
}
