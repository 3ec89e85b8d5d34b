import type { Account } from "../../contracts/accounts";
import { todayVn } from "../../core/orgs/dated";
import { compareVi } from "../../core/text/collate";
import { roleNames } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { namesAt } from "../orgs/list-organizations";
import { accountGrantsIn } from "./repo";

type Grant = Account["grants"][number];

const roleOrder = (role: Grant["role"]) => roleNames.indexOf(role);
const byText = (a: string | null, b: string | null) => compareVi(a ?? "", b ?? "");

/** Roles first in the order of roleNames, then the cluster's year (latest first), cluster and unit by name. */
function compareGrants(a: Grant, b: Grant): number {
  return (
    roleOrder(a.role) - roleOrder(b.role) ||
    (b.clusterYear ?? 0) - (a.clusterYear ?? 0) ||
    byText(a.clusterName, b.clusterName) ||
    byText(a.unitName, b.unitName)
  );
}

/**
 * The council's accounts (or these of them) with their grants in this council only, units named as today,
 * in Vietnamese alphabetical order of the display name, then the username.
 */
export async function loadAccounts(db: DbOrTx, councilId: string, userIds?: string[]): Promise<Account[]> {
  const rows = await accountGrantsIn(db, councilId, userIds);
  const unitIds = [...new Set(rows.flatMap((r) => (r.unitId ? [r.unitId] : [])))];
  const unitNames = await namesAt(db, unitIds, todayVn());
  const accounts = new Map<string, Account>();
  for (const r of rows) {
    let account = accounts.get(r.userId);
    if (!account) {
      account = {
        id: r.userId,
        username: r.username,
        displayName: r.displayName,
        createdAt: r.createdAt.toISOString(),
        grants: [],
      };
      accounts.set(r.userId, account);
    }
    account.grants.push({
      role: r.role,
      clusterId: r.clusterId,
      clusterName: r.clusterName,
      clusterYear: r.clusterYear,
      unitId: r.unitId,
      unitName: r.unitId ? (unitNames.get(r.unitId)?.name ?? null) : null,
    });
  }
  for (const account of accounts.values()) account.grants.sort(compareGrants);
  return [...accounts.values()].sort(
    (a, b) =>
      compareVi(a.displayName, b.displayName) ||
      (a.username < b.username ? -1 : a.username > b.username ? 1 : 0),
  );
}
