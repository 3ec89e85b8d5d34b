import type { ReferenceDocumentView } from "../../contracts/reference-documents";
import { parseSymbol } from "../../core/documents/parse-symbol";
import type { DbOrTx } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { canEditRegistry, canReadRegistry } from "./policy";
import { presentDocument } from "./present";
import { documentsReplacedBy, findReferenceDocument, listReferenceDocuments, tasksCarryingOut } from "./repo";

/** One registry entry with what replaced it, what it replaced, and the tasks that carry it out. */
export async function getReferenceDocument(args: {
  db: DbOrTx;
  actor: Actor;
  id: string;
}): Promise<ReferenceDocumentView> {
  const row = await findReferenceDocument(args.db, args.id);
  if (!row || !canReadRegistry(args.actor, row.councilId)) throw notFound("Văn bản");
  const replacedBy = row.replacedById ? await findReferenceDocument(args.db, row.replacedById) : undefined;
  const link = (d: { id: string; symbol: string; title: string }) => ({
    id: d.id,
    symbol: d.symbol,
    title: d.title,
  });
  return {
    ...presentDocument(row),
    parsed: parseSymbol(row.symbol),
    replacedBy: replacedBy ? link(replacedBy) : null,
    replaces: (await documentsReplacedBy(args.db, row.id)).map(link),
    tasks: await tasksCarryingOut(args.db, row.id),
    canEdit: canEditRegistry(args.actor, row.councilId),
  };
}

/** The registry of the councils the actor belongs to, searched by symbol, title or issuing body. */
export async function listReferenceDocumentsFor(args: {
  db: DbOrTx;
  actor: Actor;
  councilId?: string | undefined;
  q?: string | undefined;
}) {
  const visible =
    args.actor.kind === "system" ? null : [...new Set(args.actor.grants.map((g) => g.councilId))];
  const councils = args.councilId
    ? visible === null || visible.includes(args.councilId)
      ? [args.councilId]
      : []
    : visible;
  const rows = await listReferenceDocuments(args.db, councils, args.q || undefined);
  return rows.map(presentDocument);
}
