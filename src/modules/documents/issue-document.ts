import { parseInput } from "../../contracts/parse";
import {
  DOCUMENT_TYPES,
  formatNumberLine,
  numberingPeriod,
  type OfficialDocument,
} from "../../core/documents";
import type { Db } from "../../db/types";
import { conflict, forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { buildClusterDocument } from "./build-document";
import { type IssuableKind, type IssuedSummary, issueInput } from "./contracts";
import { assertRenderable } from "./get-cluster-document";
import { loadDocumentContext } from "./load-context";
import { canIssueClusterDocuments } from "./policy";
import { findIssued, type IssuedRow, insertIssued, takeNextNumber } from "./repo";

export function presentIssued(row: IssuedRow): IssuedSummary {
  const doc = row.content as OfficialDocument;
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    numberLine: doc.number ? formatNumberLine(doc.layout, doc.type, doc.number) : String(row.number),
    date: row.date,
    issuedAt: row.issuedAt.toISOString(),
    issuedByName: row.issuedByName,
  };
}

const isUniqueViolation = (e: unknown): boolean => {
  const code = (x: unknown) => (x && typeof x === "object" && "code" in x ? x.code : undefined);
  return code(e) === "23505" || code((e as { cause?: unknown } | null)?.cause) === "23505";
};

/**
 * Issues a cluster document: builds it from the data of that day, checks it is complete, takes the next
 * number of the issuer's register for the period (Party term or year), stores it as issued and audits it.
 */
export async function issueClusterDocument(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  kind: IssuableKind;
  input: unknown;
}): Promise<IssuedSummary> {
  const input = parseInput(issueInput, args.input);
  const ctx = await loadDocumentContext(args.db, args.actor, args.clusterId, input.date);
  if (!canIssueClusterDocuments(args.actor, ctx.cluster)) throw forbidden();
  const already = () => conflict("Văn bản này của cụm đã được ban hành; văn bản đã ban hành không thay đổi.");
  if (await findIssued(args.db, args.clusterId, args.kind)) throw already();
  const doc = await buildClusterDocument(args.db, args.actor, ctx, args.kind, input, false);
  assertRenderable(doc);
  const issuerOrgId = ctx.issuer?.orgId as string;
  const period = numberingPeriod(doc.layout, doc.date, ctx.partyTermStart);
  try {
    return await args.db.transaction(async (tx) => {
      const { registerId, number } = await takeNextNumber(tx, {
        councilId: ctx.cluster.councilId,
        issuerOrgId,
        typeCode: DOCUMENT_TYPES[doc.type].code,
        period: period.key,
      });
      const issued: OfficialDocument = {
        ...doc,
        number: { number, issuerCode: doc.number?.issuerCode ?? "" },
      };
      const row = await insertIssued(tx, {
        councilId: ctx.cluster.councilId,
        registerId,
        number,
        kind: args.kind,
        clusterId: args.clusterId,
        date: doc.date,
        content: issued,
        issuedBy: args.actor.kind === "user" ? args.actor.userId : null,
        issuedByName: args.actor.kind === "user" ? args.actor.displayName : args.actor.name,
      });
      const summary = presentIssued(row);
      await recordAudit(tx, args.actor, {
        councilId: ctx.cluster.councilId,
        action: "document.issue",
        entity: "issued_document",
        entityId: row.id,
        after: {
          kind: args.kind,
          clusterId: args.clusterId,
          numberLine: summary.numberLine,
          period: period.label,
          date: doc.date,
        },
      });
      return summary;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw already();
    throw e;
  }
}
