import type { PublicationResponse } from "../../contracts/publication";
import { compareVi } from "../../core/text/collate";
import type { DbOrTx } from "../../db/types";
import { assessmentsOfClusterYear } from "../assessments/cluster-assessments";
import { statusLabel } from "../assessments/workflow";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { pactForScoring } from "../pacts/pact-for-scoring";
import { publicationAccess } from "./policy";
import { latestPublication, type PublicationRow } from "./repo";

export type PublicationState = PublicationResponse["state"];

export const stateOf = (row: PublicationRow | undefined): PublicationState =>
  !row ? "unpublished" : row.reopenedAt ? "reopened" : "published";

/**
 * Where a cluster-year's publication stands: published or not, each unit's status and version (what the
 * council sees when it publishes), and what the actor may do.
 */
export async function getPublication(args: {
  db: DbOrTx;
  actor: Actor;
  clusterId: string;
}): Promise<PublicationResponse> {
  const access = publicationAccess(args.actor, await findClusterWithMembers(args.db, args.clusterId));
  const scoring = await pactForScoring(args.db, args.clusterId);
  const rows = new Map((await assessmentsOfClusterYear(args.db, args.clusterId)).map((a) => [a.unitId, a]));
  const current = await latestPublication(args.db, args.clusterId);
  const state = stateOf(current);
  const units = (scoring?.units ?? [])
    .map((u) => {
      const row = rows.get(u.unitId);
      const status = row?.status ?? "draft";
      return {
        unitId: u.unitId,
        unitCode: u.code,
        unitName: u.name,
        status,
        statusLabel: statusLabel(status),
        version: row?.version ?? 0,
      };
    })
    .sort((a, b) => compareVi(a.unitName, b.unitName));
  const notFinal = units
    .filter((u) => u.status !== "final" && u.status !== "published")
    .map((u) => u.unitName);
  const hasPact = Boolean(scoring?.pact);
  return {
    clusterId: args.clusterId,
    state,
    publishedAt: current?.publishedAt.toISOString() ?? null,
    pactVersion: current?.pactVersion ?? null,
    seq: current?.seq ?? null,
    reopenedAt: current?.reopenedAt?.toISOString() ?? null,
    reopenReason: current?.reopenReason ?? null,
    units: access.manages ? units : [],
    notFinal: access.manages ? notFinal : [],
    canPublish:
      access.manages &&
      hasPact &&
      state !== "published" &&
      units.length > 0 &&
      units.every((u) => u.status === "final"),
    canReopen: access.manages && state === "published",
  };
}
