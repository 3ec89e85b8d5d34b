import { and, eq, sql } from "drizzle-orm";
import {
  documentIssuers,
  documentRegisters,
  documentSettings,
  issuedDocuments,
  organizationNames,
  organizations,
} from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type SettingsRow = typeof documentSettings.$inferSelect;
export type IssuerRow = typeof documentIssuers.$inferSelect;
export type IssuedRow = typeof issuedDocuments.$inferSelect;

export async function findSettings(tx: DbOrTx, councilId: string): Promise<SettingsRow | undefined> {
  const [row] = await tx.select().from(documentSettings).where(eq(documentSettings.councilId, councilId));
  return row;
}

export async function lockSettings(tx: DbOrTx, councilId: string): Promise<SettingsRow | undefined> {
  await tx.insert(documentSettings).values({ councilId }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(documentSettings)
    .where(eq(documentSettings.councilId, councilId))
    .for("update");
  return row;
}

export async function updateSettings(
  tx: DbOrTx,
  councilId: string,
  values: { layout: "party" | "state"; partyTermStart: string | null; version: number },
): Promise<void> {
  await tx
    .update(documentSettings)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(documentSettings.councilId, councilId));
}

export async function findIssuer(tx: DbOrTx, orgId: string): Promise<IssuerRow | undefined> {
  const [row] = await tx.select().from(documentIssuers).where(eq(documentIssuers.orgId, orgId));
  return row;
}

export async function upsertIssuer(tx: DbOrTx, values: IssuerRow): Promise<void> {
  const { orgId, ...rest } = values;
  await tx
    .insert(documentIssuers)
    .values(values)
    .onConflictDoUpdate({ target: documentIssuers.orgId, set: rest });
}

/** An organisation with the names it has had, for its header on a given date. */
export async function organizationWithNames(tx: DbOrTx, orgId: string) {
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, orgId));
  if (!org) return undefined;
  const names = await tx.select().from(organizationNames).where(eq(organizationNames.orgId, orgId));
  return { org, names };
}

export async function councilOrganizationId(tx: DbOrTx, councilId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.councilId, councilId), eq(organizations.kind, "council")));
  return row?.id;
}

/**
 * The next number of a register, created on first use. One statement: the row lock taken by the upsert
 * makes concurrent issuers wait for each other, so no two transactions can read the same last number.
 */
export async function takeNextNumber(
  tx: DbOrTx,
  key: { councilId: string; issuerOrgId: string; typeCode: string; period: string },
): Promise<{ registerId: string; number: number }> {
  const [row] = await tx
    .insert(documentRegisters)
    .values({ ...key, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [documentRegisters.issuerOrgId, documentRegisters.typeCode, documentRegisters.period],
      set: { lastNumber: sql`${documentRegisters.lastNumber} + 1` },
    })
    .returning({ registerId: documentRegisters.id, number: documentRegisters.lastNumber });
  if (!row) throw new Error("register upsert returned nothing");
  return row;
}

export async function insertIssued(
  tx: DbOrTx,
  values: typeof issuedDocuments.$inferInsert,
): Promise<IssuedRow> {
  const [row] = await tx.insert(issuedDocuments).values(values).returning();
  if (!row) throw new Error("insert issued document returned nothing");
  return row;
}

export async function findIssued(
  tx: DbOrTx,
  clusterId: string,
  kind: string,
): Promise<IssuedRow | undefined> {
  const [row] = await tx
    .select()
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.clusterId, clusterId), eq(issuedDocuments.kind, kind)));
  return row;
}

export async function issuedOfCluster(tx: DbOrTx, clusterId: string): Promise<IssuedRow[]> {
  return tx.select().from(issuedDocuments).where(eq(issuedDocuments.clusterId, clusterId));
}
