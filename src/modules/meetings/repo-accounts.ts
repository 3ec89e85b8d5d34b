import { and, asc, eq } from "drizzle-orm";
import { personAccounts, roleGrants, users } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type CouncilAccount = { id: string; username: string; displayName: string; personId: string | null };

/** Every account with a role in the council, with the register's person it belongs to (if linked). */
export async function councilAccounts(tx: DbOrTx, councilId: string): Promise<CouncilAccount[]> {
  return tx
    .selectDistinct({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      personId: personAccounts.personId,
    })
    .from(users)
    .innerJoin(roleGrants, and(eq(roleGrants.userId, users.id), eq(roleGrants.councilId, councilId)))
    .leftJoin(
      personAccounts,
      and(eq(personAccounts.userId, users.id), eq(personAccounts.councilId, councilId)),
    )
    .orderBy(asc(users.displayName), asc(users.username));
}

/** Whether the account has a role in the council (only those may stand for a delegate of its meetings). */
export async function isCouncilAccount(tx: DbOrTx, councilId: string, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, userId), eq(roleGrants.councilId, councilId)))
    .limit(1);
  return row !== undefined;
}

/** The account of a person of the register, if they have one. */
export async function accountOfPerson(tx: DbOrTx, personId: string): Promise<string | null> {
  const [row] = await tx
    .select({ userId: personAccounts.userId })
    .from(personAccounts)
    .where(eq(personAccounts.personId, personId));
  return row?.userId ?? null;
}

/** Links a person of the register to their account (the demo, and tests). */
export async function linkPersonAccount(tx: DbOrTx, values: typeof personAccounts.$inferInsert) {
  await tx.insert(personAccounts).values(values);
}
