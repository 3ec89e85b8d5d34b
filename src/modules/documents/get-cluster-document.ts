import { type OfficialDocument, validateDocument } from "../../core/documents";
import type { Db } from "../../db/types";
import { AppError } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { buildClusterDocument } from "./build-document";
import type { ClusterDocumentKind } from "./contracts";
import { loadDocumentContext } from "./load-context";
import { findIssued } from "./repo";

/** 422 naming, in Vietnamese, what the document's format requires and it lacks. */
export function assertRenderable(doc: OfficialDocument): void {
  const issues = validateDocument(doc);
  if (issues.length === 0) return;
  const list = issues.map((i) => i.message.toLocaleLowerCase("vi")).join("; ");
  throw new AppError("document_incomplete", 422, `Văn bản chưa đủ thành phần bắt buộc: ${list}.`, issues);
}

/**
 * A cluster document to download: as issued when it has been (stored, never rebuilt), else a draft from
 * the live data dated `date` (default today, or the year's last day for a past year).
 */
export async function getClusterDocument(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  kind: ClusterDocumentKind;
  date?: string;
}): Promise<{ doc: OfficialDocument; clusterCode: string; year: number }> {
  const ctx = await loadDocumentContext(args.db, args.actor, args.clusterId, args.date);
  const meta = { clusterCode: ctx.cluster.code, year: ctx.cluster.year };
  const issued = await findIssued(args.db, args.clusterId, args.kind);
  if (issued) return { doc: issued.content as OfficialDocument, ...meta };
  const doc = await buildClusterDocument(args.db, args.actor, ctx, args.kind, {}, true);
  assertRenderable(doc);
  return { doc, ...meta };
}
