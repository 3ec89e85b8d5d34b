import { parseInput } from "../../contracts/parse";
import { updateReferenceDocumentInput } from "../../contracts/reference-documents";
import type { Db } from "../../db/types";
import { conflict, forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { checkReplacement } from "./check-replacement";
import { canEditRegistry, canReadRegistry } from "./policy";
import { presentDocument } from "./present";
import { findReferenceDocument, updateReferenceDocumentIfVersion } from "./repo";
import { symbolColumns } from "./symbol-columns";

const stale = () =>
  conflict("Văn bản vừa được người khác sửa. Hãy tải lại để xem bản mới nhất rồi sửa tiếp.");

/** Corrects a registry entry or records what replaced it; refused on a stale version (409). */
export async function updateReferenceDocument(args: { db: Db; actor: Actor; id: string; input: unknown }) {
  const input = parseInput(updateReferenceDocumentInput, args.input);
  return args.db.transaction(async (tx) => {
    const row = await findReferenceDocument(tx, args.id, { lock: true });
    if (!row || !canReadRegistry(args.actor, row.councilId)) throw notFound("Văn bản");
    if (!canEditRegistry(args.actor, row.councilId)) throw forbidden();
    if (row.version !== input.version) throw stale();
    await checkReplacement(tx, row.councilId, row.id, input.replacedById);
    const saved = await updateReferenceDocumentIfVersion(tx, row.id, input.version, {
      ...symbolColumns(input.symbol),
      issuingBody: input.issuingBody,
      issuedOn: input.issuedOn ?? null,
      title: input.title,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
      replacedById: input.replacedById ?? null,
    });
    if (!saved) throw stale();
    const after = presentDocument(saved);
    await recordAudit(tx, args.actor, {
      councilId: row.councilId,
      action: "update",
      entity: "reference_document",
      entityId: row.id,
      before: presentDocument(row),
      after,
    });
    return after;
  });
}
