import type { OfficialDocument } from "../../core/documents";
import type { Db } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { getPact } from "../pacts/get-pact";
import { getRanking } from "../rankings/get-ranking";
import type { ClusterDocumentKind, DocumentInput } from "./contracts";
import type { ClusterDocumentContext } from "./load-context";
import { pactDocument } from "./pact-document";
import { proposalDocument } from "./proposal";
import { yearEndReport } from "./year-end-report";

/**
 * A cluster document from the live data: the pact as signed, the published ranking through the rankings
 * module's own use case (never recomputed here), and what the head typed.
 */
export async function buildClusterDocument(
  db: Db,
  actor: Actor,
  ctx: ClusterDocumentContext,
  kind: ClusterDocumentKind,
  input: DocumentInput,
  draft: boolean,
): Promise<OfficialDocument> {
  const clusterId = ctx.cluster.id;
  switch (kind) {
    case "pact": {
      const { pact } = await getPact({ db, actor, clusterId });
      if (!pact) throw notFound("Giao ước của cụm");
      const posts = new Map(pact.members.map((m) => [m.unitId, m.signature?.signerPost ?? null]));
      return pactDocument(ctx, pact, posts);
    }
    case "year-end-report":
      return yearEndReport(ctx, await getRanking({ db, actor, clusterId, stage: "final" }), input, draft);
    case "proposal":
      return proposalDocument(ctx, await getRanking({ db, actor, clusterId, stage: "final" }), input, draft);
  }
}
