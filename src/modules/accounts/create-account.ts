import { type Account, createAccountInput } from "../../contracts/accounts";
import { parseInput, validationError } from "../../contracts/parse";
import type { Db } from "../../db/types";
import type { Actor, Grant } from "../auth/actor";
import { createUser } from "../auth/create-user";
import { loadAccounts } from "./load-accounts";
import { requireAccountsAdmin } from "./policy";
import { headUnitsOf, unitsOfCouncil } from "./repo";

type Issue = { path: string; message: string };

/**
 * A council's admin gives someone an account with roles in this council. Units and clusters must be the
 * council's; a cluster head acts for the cluster-year's head unit, so that unit is taken from the cluster
 * (as the demo's cụm trưởng), which lets the role follow the head unit from year to year (head-grants.ts).
 * createUser hashes the password and writes the account, its grants and the audit row in one transaction.
 */
export async function createAccount(args: {
  db: Db;
  actor: Actor;
  councilId: string;
  input: unknown;
}): Promise<Account> {
  const { db, actor, councilId } = args;
  requireAccountsAdmin(actor, councilId);
  const input = parseInput(createAccountInput, args.input);
  const grants = await scopedGrants(db, councilId, input.grants);
  const user = await createUser({
    db,
    actor,
    input: { username: input.username, displayName: input.displayName, password: input.password, grants },
  });
  const [created] = await loadAccounts(db, councilId, [user.id]);
  if (!created) throw new Error("the account just created has no grant in its council");
  return created;
}

/** The grants as stored, or a 400 located at each unit or cluster that is not the council's. */
async function scopedGrants(
  db: Db,
  councilId: string,
  asked: { role: Grant["role"]; unitId?: string | null; clusterId?: string | null }[],
): Promise<Grant[]> {
  const units = await unitsOfCouncil(
    db,
    councilId,
    asked.flatMap((g) => (g.unitId ? [g.unitId] : [])),
  );
  const heads = await headUnitsOf(
    db,
    councilId,
    asked.flatMap((g) => (g.clusterId ? [g.clusterId] : [])),
  );
  const issues: Issue[] = [];
  const grants = asked.map((g, i): Grant => {
    if (g.unitId && !units.has(g.unitId))
      issues.push({ path: `grants[${i}].unitId`, message: "Đơn vị không tồn tại" });
    let unitId = g.unitId ?? null;
    if (g.clusterId) {
      const head = heads.get(g.clusterId);
      if (head === undefined) issues.push({ path: `grants[${i}].clusterId`, message: "Cụm không tồn tại" });
      else if (head === null)
        issues.push({ path: `grants[${i}].clusterId`, message: "Cụm chưa có đơn vị cụm trưởng" });
      else unitId = head;
    }
    return { role: g.role, councilId, clusterId: g.clusterId ?? null, unitId };
  });
  if (issues.length > 0) throw validationError(issues);
  return grants;
}
