import { eq } from "drizzle-orm";
import { parseInput } from "../../contracts/parse";
import { councils } from "../../db/schema";
import type { Db } from "../../db/types";
import { conflict, forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { getOrganization } from "../orgs/find-organization";
import { documentSettingsInput, issuerInput } from "./contracts";
import { canChangeDocumentSettings, canReadDocumentSettings } from "./policy";
import { findSettings, lockSettings, updateSettings, upsertIssuer } from "./repo";

async function councilExists(db: Db, councilId: string): Promise<boolean> {
  const [row] = await db.select({ id: councils.id }).from(councils).where(eq(councils.id, councilId));
  return row !== undefined;
}

/** The council's document layout (Party by default) and Party term; 404 for an actor outside the council. */
export async function getDocumentSettings(args: { db: Db; actor: Actor; councilId: string }) {
  if (!canReadDocumentSettings(args.actor, args.councilId) || !(await councilExists(args.db, args.councilId)))
    throw notFound("Cơ quan chủ trì");
  const row = await findSettings(args.db, args.councilId);
  return {
    councilId: args.councilId,
    layout: row?.layout ?? ("party" as const),
    partyTermStart: row?.partyTermStart ?? null,
    version: row?.version ?? 1,
    canChange: canChangeDocumentSettings(args.actor, args.councilId),
  };
}

/** Chooses the council's layout; documents issued before keep the layout they were issued in. */
export async function setDocumentSettings(args: { db: Db; actor: Actor; councilId: string; input: unknown }) {
  const input = parseInput(documentSettingsInput, args.input);
  if (!canReadDocumentSettings(args.actor, args.councilId)) throw notFound("Cơ quan chủ trì");
  if (!canChangeDocumentSettings(args.actor, args.councilId)) throw forbidden();
  if (!(await councilExists(args.db, args.councilId))) throw notFound("Cơ quan chủ trì");
  await args.db.transaction(async (tx) => {
    const row = await lockSettings(tx, args.councilId);
    if (!row) throw new Error("document settings row missing");
    if (row.version !== input.version)
      throw conflict("Thiết lập văn bản vừa được người khác thay đổi. Vui lòng tải lại rồi thử lại.");
    const after = { layout: input.layout, partyTermStart: input.partyTermStart, version: row.version + 1 };
    await updateSettings(tx, args.councilId, after);
    await recordAudit(tx, args.actor, {
      councilId: args.councilId,
      action: "document-settings.update",
      entity: "document_settings",
      entityId: args.councilId,
      before: { layout: row.layout, partyTermStart: row.partyTermStart },
      after,
    });
  });
  return getDocumentSettings(args);
}

/** How an organisation heads its documents (superior body, issuing body, symbol, place). */
export async function setDocumentIssuer(args: { db: Db; actor: Actor; orgId: string; input: unknown }) {
  const input = parseInput(issuerInput, args.input);
  const org = await getOrganization(args.db, args.orgId);
  if (!org || !canReadDocumentSettings(args.actor, org.councilId)) throw notFound("Tổ chức");
  if (!canChangeDocumentSettings(args.actor, org.councilId)) throw forbidden();
  const values = {
    orgId: org.id,
    councilId: org.councilId,
    superiorBody: input.superiorBody?.trim() || null,
    issuingBody: input.issuingBody.trim(),
    symbol: input.symbol.trim(),
    place: input.place.trim(),
  };
  await args.db.transaction(async (tx) => {
    await upsertIssuer(tx, values);
    await recordAudit(tx, args.actor, {
      councilId: org.councilId,
      action: "document-issuer.set",
      entity: "organization",
      entityId: org.id,
      after: values,
    });
  });
  return values;
}
