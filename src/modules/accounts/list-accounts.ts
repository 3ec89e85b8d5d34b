import type { Account } from "../../contracts/accounts";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { loadAccounts } from "./load-accounts";
import { requireAccountsAdmin } from "./policy";

/** The council's accounts for its admins, each with its grants in this council only. */
export async function listAccounts(args: { db: Db; actor: Actor; councilId: string }): Promise<Account[]> {
  requireAccountsAdmin(args.actor, args.councilId);
  return loadAccounts(args.db, args.councilId);
}
