import { parseInput } from "../../contracts/parse";
import { createReferenceDocumentInput } from "../../contracts/reference-documents";
import type { Db } from "../../db/types";
import { forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { checkReplacement } from "./check-replacement";
import { canEditRegistry, canReadRegistry } from "./policy";
import { presentDocument } from "./present";
import { insertReferenceDocument } from "./repo";
import { symbolColumns } from "./symbol-columns";

/** Registers a directive, resolution, plan…; an unreadable symbol is kept as typed and flagged. */
export async function createReferenceDocument(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(createReferenceDocumentInput, args.input);
  if (!canReadRegistry(args.actor, input.councilId)) throw notFound("Cơ quan chủ trì");
  if (!canEditRegistry(args.actor, input.councilId)) throw forbidden();
  return args.db.transaction(async (tx) => {
    await checkReplacement(tx, input.councilId, null, input.replacedById);
    const row = await insertReferenceDocument(tx, {
      councilId: input.councilId,
      ...symbolColumns(input.symbol),
      issuingBody: input.issuingBody,
      issuedOn: input.issuedOn ?? null,
      title: input.title,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
      replacedById: input.replacedById ?? null,
    });
    const after = presentDocument(row);
    await recordAudit(tx, args.actor, {
      councilId: input.councilId,
      action: "create",
      entity: "reference_document",
      entityId: row.id,
      after,
    });
    return after;
  });
}
