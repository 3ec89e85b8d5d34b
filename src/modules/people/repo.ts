import { and, eq, inArray, isNull } from "drizzle-orm";
import { people, positions } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export async function insertPerson(tx: DbOrTx, values: typeof people.$inferInsert) {
  const [row] = await tx.insert(people).values(values).returning();
  if (!row) throw new Error("insert person returned nothing");
  return row;
}

export async function findPerson(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(people).where(eq(people.id, id));
  return row;
}

export async function insertPosition(tx: DbOrTx, values: typeof positions.$inferInsert) {
  const [row] = await tx.insert(positions).values(values).returning();
  if (!row) throw new Error("insert position returned nothing");
  return row;
}

export async function listPeopleOf(tx: DbOrTx, councilIds: string[] | null) {
  if (councilIds === null) return tx.select().from(people);
  if (councilIds.length === 0) return [];
  return tx.select().from(people).where(inArray(people.councilId, councilIds));
}

export async function positionsOfPeople(tx: DbOrTx, personIds: string[]) {
  if (personIds.length === 0) return [];
  return tx.select().from(positions).where(inArray(positions.personId, personIds));
}

export async function positionsAtOrg(tx: DbOrTx, orgId: string) {
  return tx
    .select({ position: positions, fullName: people.fullName })
    .from(positions)
    .innerJoin(people, eq(people.id, positions.personId))
    .where(eq(positions.orgId, orgId));
}

/** Posts in an organisation that ends close on its last day. */
export async function closeOpenPositions(tx: DbOrTx, orgId: string, lastDay: string) {
  await tx
    .update(positions)
    .set({ validTo: lastDay })
    .where(and(eq(positions.orgId, orgId), isNull(positions.validTo)));
}
