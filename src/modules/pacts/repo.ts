import { and, asc, eq } from "drizzle-orm";
import { pactAmendments, pactSignatures, pacts, roleGrants, users } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type PactRow = typeof pacts.$inferSelect;

export async function findPactByCluster(tx: DbOrTx, clusterId: string): Promise<PactRow | undefined> {
  const [row] = await tx.select().from(pacts).where(eq(pacts.clusterId, clusterId));
  return row;
}

export async function insertPact(
  tx: DbOrTx,
  values: typeof pacts.$inferInsert,
): Promise<PactRow | undefined> {
  const [row] = await tx.insert(pacts).values(values).onConflictDoNothing().returning();
  return row;
}

/** Compare-and-set on version: returns undefined when someone else saved first. */
export async function updatePactIfVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  values: Partial<typeof pacts.$inferInsert>,
): Promise<PactRow | undefined> {
  const [row] = await tx
    .update(pacts)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(pacts.id, id), eq(pacts.version, version)))
    .returning();
  return row;
}

export async function signaturesOf(tx: DbOrTx, pactId: string) {
  return tx.select().from(pactSignatures).where(eq(pactSignatures.pactId, pactId));
}

export async function insertSignature(tx: DbOrTx, values: typeof pactSignatures.$inferInsert) {
  const [row] = await tx.insert(pactSignatures).values(values).onConflictDoNothing().returning();
  return row;
}

export async function amendmentsOf(tx: DbOrTx, pactId: string) {
  return tx.select().from(pactAmendments).where(eq(pactAmendments.pactId, pactId));
}

export async function insertAmendment(tx: DbOrTx, values: typeof pactAmendments.$inferInsert) {
  await tx.insert(pactAmendments).values(values);
}

/** The pact row locked for the rest of the transaction: signatures, status moves and edits run one at a time. */
export async function lockPactOfCluster(tx: DbOrTx, clusterId: string): Promise<PactRow | undefined> {
  const [row] = await tx.select().from(pacts).where(eq(pacts.clusterId, clusterId)).for("update");
  return row;
}

/** Points the pact at its current scan; not a table change, so the version stays. */
export async function setScanFile(tx: DbOrTx, id: string, fileId: string): Promise<void> {
  await tx.update(pacts).set({ scanFileId: fileId }).where(eq(pacts.id, id));
}

const accountColumns = { id: users.id, username: users.username, displayName: users.displayName };

export async function signaturesWithAccounts(tx: DbOrTx, pactId: string) {
  return tx
    .select({ signature: pactSignatures, account: accountColumns })
    .from(pactSignatures)
    .leftJoin(users, eq(users.id, pactSignatures.signedBy))
    .where(eq(pactSignatures.pactId, pactId));
}

export async function amendmentsWithActors(tx: DbOrTx, pactId: string) {
  return tx
    .select({ amendment: pactAmendments, actor: accountColumns })
    .from(pactAmendments)
    .leftJoin(users, eq(users.id, pactAmendments.actorId))
    .where(eq(pactAmendments.pactId, pactId))
    .orderBy(asc(pactAmendments.at), asc(pactAmendments.id));
}

/** Whether an account edits a unit: the system may only sign on a unit's behalf with that unit's own account. */
export async function accountEditsUnit(
  tx: DbOrTx,
  userId: string,
  councilId: string,
  unitId: string,
): Promise<boolean> {
  const [row] = await tx
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.userId, userId),
        eq(roleGrants.councilId, councilId),
        eq(roleGrants.unitId, unitId),
        eq(roleGrants.role, "unit_editor"),
      ),
    );
  return row !== undefined;
}
