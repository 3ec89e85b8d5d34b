import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { getPact } from "../pacts/get-pact";
import {
  CLUSTER_DOCUMENT_KINDS,
  type ClusterDocumentKind,
  type ClusterDocumentsResponse,
  ISSUABLE_KINDS,
} from "./contracts";
import { vnDate } from "./document-frame";
import { presentIssued } from "./issue-document";
import { loadDocumentContext } from "./load-context";
import { canIssueClusterDocuments } from "./policy";
import { issuedOfCluster } from "./repo";

const TITLES: Record<ClusterDocumentKind, string> = {
  pact: "Giao ước thi đua",
  "year-end-report": "Báo cáo tổng kết năm",
  proposal: "Tờ trình đề nghị đơn vị dẫn đầu",
};

/** The cluster's documents: issued (number, date) or still a draft, their download URLs, and who may issue. */
export async function listClusterDocuments(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
}): Promise<ClusterDocumentsResponse> {
  const ctx = await loadDocumentContext(args.db, args.actor, args.clusterId);
  const issued = new Map((await issuedOfCluster(args.db, args.clusterId)).map((r) => [r.kind, r]));
  const base = `/api/clusters/${args.clusterId}`;
  const mayIssue = canIssueClusterDocuments(args.actor, ctx.cluster);
  // The pact carries no number: it is final once every member has signed (the pact is then locked).
  const { pact } = await getPact({ db: args.db, actor: args.actor, clusterId: args.clusterId });
  const pactSignedOn = pact?.status === "locked" && pact.lockedAt ? vnDate(pact.lockedAt) : null;
  return {
    layout: ctx.layout,
    documents: CLUSTER_DOCUMENT_KINDS.map((kind) => {
      const row = issued.get(kind);
      return {
        kind,
        title: TITLES[kind],
        issued: row ? presentIssued(row) : null,
        signedOn: kind === "pact" ? pactSignedOn : null,
        canIssue: mayIssue && !row && (ISSUABLE_KINDS as readonly string[]).includes(kind),
        downloads: (["pdf", "docx"] as const).map((format) => ({ format, url: `${base}/${kind}.${format}` })),
      };
    }),
    dossier: (["pdf", "zip"] as const).map((format) => ({
      format,
      url: `${base}/proposal-dossier.${format}`,
    })),
  };
}
