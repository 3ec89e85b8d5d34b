import { inArray } from "drizzle-orm";
import { endOfYear, pickAt } from "../../core/orgs/dated";
import { organizationNames } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type UnitNameOf = (unitId: string, year?: number | null) => string | null;

/** Units' names as they were at the end of a year (today without one), for lists and search results. */
export async function unitNameLookup(db: DbOrTx, unitIds: string[]): Promise<UnitNameOf> {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return () => null;
  const rows = await db
    .select({
      orgId: organizationNames.orgId,
      name: organizationNames.name,
      validFrom: organizationNames.validFrom,
      validTo: organizationNames.validTo,
    })
    .from(organizationNames)
    .where(inArray(organizationNames.orgId, ids));
  const today = new Date().toISOString().slice(0, 10);
  return (unitId, year) =>
    pickAt(
      rows.filter((r) => r.orgId === unitId),
      year ? endOfYear(year) : today,
    )?.name ?? null;
}
