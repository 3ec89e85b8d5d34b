import type { DocumentLayout } from "../../core/documents";
import { endOfYear, todayVn } from "../../core/orgs/dated";
import type { DbOrTx } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import type { ClusterRow, MemberRow } from "../clusters/repo";
import { headOf, type Issuer, issuerOf } from "./issuer-of";
import { canSeeClusterDocuments } from "./policy";
import { councilOrganizationId, findSettings } from "./repo";

/** What every document of a cluster starts from: the cluster, the council's layout, who issues and signs. */
export type ClusterDocumentContext = {
  cluster: ClusterRow;
  members: MemberRow[];
  councilName: string;
  layout: DocumentLayout;
  partyTermStart: string | null;
  /** The cluster head's unit, which issues the cluster's documents. */
  issuer: Issuer | null;
  /** The council's own body: the addressee of the proposal and the header line of the pact. */
  council: Issuer | null;
  signer: { name: string; title: string } | null;
  /** The date the document carries. */
  date: string;
};

/** The draft date when none is given: today, or the last day of a past cluster-year. */
export function defaultDocumentDate(year: number): string {
  // ISO dates order as text: the earlier of the two.
  return [todayVn(), endOfYear(year)].sort()[0] as string;
}

/** 404 when the actor may not see the cluster: an outsider does not learn it exists. */
export async function loadDocumentContext(
  db: DbOrTx,
  actor: Actor,
  clusterId: string,
  date?: string,
): Promise<ClusterDocumentContext> {
  const found = await findClusterWithMembers(db, clusterId);
  if (!found || !canSeeClusterDocuments(actor, found.cluster, found.members)) throw notFound("Cụm thi đua");
  const { cluster, members } = found;
  const on = date ?? defaultDocumentDate(cluster.year);
  const settings = await findSettings(db, cluster.councilId);
  const head = members.find((m) => m.role === "head");
  const councilOrg = await councilOrganizationId(db, cluster.councilId);
  return {
    cluster,
    members,
    councilName: found.councilName,
    layout: settings?.layout ?? "party",
    partyTermStart: settings?.partyTermStart ?? null,
    issuer: head ? await issuerOf(db, head.unitId, on) : null,
    council: councilOrg ? await issuerOf(db, councilOrg, on) : null,
    signer: head ? await headOf(db, head.unitId, on) : null,
    date: on,
  };
}
