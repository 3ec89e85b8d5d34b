import { and, eq, inArray } from "drizzle-orm";
import { roleGrants } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

/**
 * The one account that edits for each unit (its unit_editor), by unit; a unit with none or with several has
 * no entry, since nobody could tell which of them speaks for it.
 */
export async function unitEditorAccounts(
  db: DbOrTx,
  councilId: string,
  unitIds: readonly string[],
): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .select({ unitId: roleGrants.unitId, userId: roleGrants.userId })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.councilId, councilId),
        eq(roleGrants.role, "unit_editor"),
        inArray(roleGrants.unitId, [...unitIds]),
      ),
    );
  const byUnit = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!r.unitId) continue;
    byUnit.set(r.unitId, (byUnit.get(r.unitId) ?? new Set()).add(r.userId));
  }
  return new Map(
    [...byUnit]
      .filter(([, users]) => users.size === 1)
      .map(([unitId, users]) => [unitId, [...users][0] ?? ""]),
  );
}
