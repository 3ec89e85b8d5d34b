import { and, eq, inArray, isNull, or } from "drizzle-orm";
import { organizationLinks, organizationNames, organizations } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import { closeOpenPositions } from "../people/repo";

export type OrgRow = typeof organizations.$inferSelect;
export type OrgNameRow = typeof organizationNames.$inferSelect;

export async function insertOrganization(
  tx: DbOrTx,
  values: typeof organizations.$inferInsert,
  name: { name: string; shortName: string | null },
): Promise<OrgRow> {
  const [org] = await tx.insert(organizations).values(values).returning();
  if (!org) throw new Error("insert organization returned nothing");
  await tx.insert(organizationNames).values({
    councilId: org.councilId,
    orgId: org.id,
    name: name.name,
    shortName: name.shortName,
    validFrom: org.validFrom,
    validTo: org.validTo,
  });
  return org;
}

export async function findOrganization(tx: DbOrTx, id: string): Promise<OrgRow | undefined> {
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, id));
  return org;
}

export async function findOrganizations(tx: DbOrTx, ids: string[]): Promise<OrgRow[]> {
  if (ids.length === 0) return [];
  return tx.select().from(organizations).where(inArray(organizations.id, ids));
}

export async function findOrganizationsByCode(
  tx: DbOrTx,
  councilId: string,
  code: string,
): Promise<OrgRow[]> {
  return tx
    .select()
    .from(organizations)
    .where(and(eq(organizations.councilId, councilId), eq(organizations.code, code)));
}

export async function listOrganizations(tx: DbOrTx, councilIds: string[] | null): Promise<OrgRow[]> {
  if (councilIds === null) return tx.select().from(organizations);
  if (councilIds.length === 0) return [];
  return tx.select().from(organizations).where(inArray(organizations.councilId, councilIds));
}

export async function namesOf(tx: DbOrTx, orgIds: string[]): Promise<OrgNameRow[]> {
  if (orgIds.length === 0) return [];
  return tx.select().from(organizationNames).where(inArray(organizationNames.orgId, orgIds));
}

export async function closeOpenName(tx: DbOrTx, orgId: string, lastDay: string): Promise<void> {
  await tx
    .update(organizationNames)
    .set({ validTo: lastDay })
    .where(and(eq(organizationNames.orgId, orgId), isNull(organizationNames.validTo)));
}

export async function insertName(tx: DbOrTx, values: typeof organizationNames.$inferInsert): Promise<void> {
  await tx.insert(organizationNames).values(values);
}

export async function endOrganization(tx: DbOrTx, orgId: string, lastDay: string): Promise<void> {
  await tx.update(organizations).set({ validTo: lastDay }).where(eq(organizations.id, orgId));
  await closeOpenName(tx, orgId, lastDay);
  await closeOpenPositions(tx, orgId, lastDay);
}

export async function insertLink(tx: DbOrTx, values: typeof organizationLinks.$inferInsert): Promise<void> {
  await tx.insert(organizationLinks).values(values);
}

export async function linksOf(tx: DbOrTx, orgId: string) {
  return tx
    .select()
    .from(organizationLinks)
    .where(or(eq(organizationLinks.predecessorId, orgId), eq(organizationLinks.successorId, orgId)));
}
