import type { DbOrTx } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { canSeeCluster } from "../clusters/policy";
import type { ClusterRow, MemberRow } from "../clusters/repo";
import type { PactForScoring } from "../pacts/pact-for-scoring";
import { contextRows } from "./context-repo";
import { canRead, type Relation, relationTo } from "./policy";
import { type AssessmentRow, findAssessment, type InputRow, insertAssessmentOnce } from "./repo";
import type { AssessmentStatus } from "./scores-of-cluster";

export type AssessmentContext = {
  cluster: ClusterRow;
  members: MemberRow[];
  scoring: PactForScoring;
  unit: PactForScoring["units"][number];
  /** Undefined until the unit first writes anything: it is then a draft with no inputs. */
  assessment: AssessmentRow | undefined;
  status: AssessmentStatus;
  rel: Relation;
  reviewerUnitIds: string[];
  /** The input of the criterion asked for (as it was once the assessment was locked), when one was. */
  input?: { criterionCode: string; row: InputRow | undefined };
};

/**
 * Finds a unit's assessment in a cluster-year and how the actor stands towards it. 404 when the actor
 * may not know it exists: a cluster they cannot see, a unit not in it, no pact yet, or another unit's
 * draft. With `write`, the row is created if missing and locked ("update" for moves, "share" for inputs);
 * with `criterionCode` too, that criterion's input is read in the same statement, locked after the row.
 */
export async function loadAssessmentContext(
  tx: DbOrTx,
  actor: Actor,
  clusterId: string,
  unitId: string,
  write?: "share" | "update",
  criterionCode?: string,
): Promise<AssessmentContext> {
  const rows = await contextRows(tx, clusterId, unitId, write, write && criterionCode);
  const scoring = rows?.scoring;
  const found = scoring && { cluster: scoring.clusterRow, members: scoring.members };
  if (!rows || !found || !canSeeCluster(actor, found.cluster, found.members)) throw notFound("Cụm thi đua");
  if (!found.members.some((m) => m.unitId === unitId)) throw notFound("Đơn vị trong cụm");
  const unit = scoring.units.find((u) => u.unitId === unitId);
  if (!scoring.pact || !unit) throw notFound("Giao ước thi đua của cụm");
  let assessment = rows.assessment;
  // Created the first time anything is written to it (one statement fewer on every later write).
  if (write && !assessment) {
    await insertAssessmentOnce(tx, { councilId: found.cluster.councilId, clusterId, unitId });
    assessment = await findAssessment(tx, clusterId, unitId, write);
  }
  const { reviewerUnitIds } = rows;
  const rel = relationTo(actor, found.cluster, found.members, unitId, reviewerUnitIds);
  const status = assessment?.status ?? "draft";
  if (!canRead(rel, status)) throw notFound("Bản chấm điểm");
  return {
    cluster: found.cluster,
    members: found.members,
    scoring,
    unit,
    assessment,
    status,
    rel,
    reviewerUnitIds,
    ...(write && criterionCode !== undefined ? { input: { criterionCode, row: rows.input } } : {}),
  };
}

/** The assessment row of a context loaded with `write`. */
export function writable(ctx: AssessmentContext): AssessmentRow {
  if (!ctx.assessment) throw new Error("assessment row missing: load the context with write");
  return ctx.assessment;
}

export const actorId = (actor: Actor): string | null => (actor.kind === "user" ? actor.userId : null);
export const actorName = (actor: Actor): string =>
  actor.kind === "user" ? actor.displayName || actor.username : actor.name;
