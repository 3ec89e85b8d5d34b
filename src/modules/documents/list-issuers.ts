import type { Db } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import type { ClusterIssuers } from "./contracts";
import { issuerOf } from "./issuer-of";
import { defaultDocumentDate } from "./load-context";
import { canChangeDocumentSettings, canSeeClusterDocuments } from "./policy";
import { councilOrganizationId, findIssuer } from "./repo";

/**
 * How the council's body and each member of the cluster head their documents: the line set by the
 * council, or what documents fall back to (the name that year, the code, the short name as place).
 */
export async function listClusterIssuers(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
}): Promise<ClusterIssuers> {
  const found = await findClusterWithMembers(args.db, args.clusterId);
  if (!found || !canSeeClusterDocuments(args.actor, found.cluster, found.members))
    throw notFound("Cụm thi đua");
  const { cluster, members } = found;
  const on = defaultDocumentDate(cluster.year);
  const councilOrg = await councilOrganizationId(args.db, cluster.councilId);
  const order = { head: 1, deputy: 2, member: 3 } as const;
  const orgs = [
    ...(councilOrg ? [{ orgId: councilOrg, role: "council" as const }] : []),
    ...[...members]
      .sort((a, b) => order[a.role] - order[b.role])
      .map((m) => ({ orgId: m.unitId, role: m.role })),
  ];
  const issuers = [];
  for (const o of orgs) {
    const effective = await issuerOf(args.db, o.orgId, on);
    if (!effective) continue;
    issuers.push({
      orgId: o.orgId,
      role: o.role,
      name: effective.name,
      configured: (await findIssuer(args.db, o.orgId)) !== undefined,
      superiorBody: effective.superiorBody,
      issuingBody: effective.issuingBody,
      symbol: effective.symbol,
      place: effective.place,
    });
  }
  return {
    councilId: cluster.councilId,
    canChange: canChangeDocumentSettings(args.actor, cluster.councilId),
    issuers,
  };
}
