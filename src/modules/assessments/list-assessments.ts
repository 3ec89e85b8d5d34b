import type { AssessmentSummary } from "../../contracts/assessments";
import { compareVi } from "../../core/text/collate";
import type { Db } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import { pactForScoring } from "../pacts/pact-for-scoring";
import { evidenceEntityId } from "./attach-evidence";
import { flattenCriteria, requiredCodes } from "./criteria";
import { canRead, relationTo } from "./policy";
import { assessmentsOfCluster, assignmentsOfCluster, evidenceOf, inputsOf } from "./repo";
import { scoresForUnits } from "./stage-scores";
import { statusLabel } from "./workflow";

const ROLE_ORDER = { head: 0, deputy: 1, member: 2 } as const;

/**
 * Every member's assessment in a cluster-year: status, self and final totals where the actor may see
 * them, and what each still owes. Another unit's draft shows its status only: neither its scores nor
 * how far it has got (missing criteria, evidence) are anyone else's business before it is submitted.
 */
export async function listAssessments(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
}): Promise<AssessmentSummary[]> {
  const found = await findClusterWithMembers(args.db, args.clusterId);
  if (!found || !canSeeCluster(args.actor, found.cluster, found.members)) throw notFound("Cụm thi đua");
  const scoring = await pactForScoring(args.db, args.clusterId);
  if (!scoring?.pact) throw notFound("Giao ước thi đua của cụm");
  const rows = new Map((await assessmentsOfCluster(args.db, args.clusterId)).map((a) => [a.unitId, a]));
  const assignments = await assignmentsOfCluster(args.db, args.clusterId);
  const inputs = await inputsOf(
    args.db,
    [...rows.values()].map((a) => a.id),
  );
  const codes = flattenCriteria(scoring.criteria).map((f) => f.criterion.code);
  const evidence = await evidenceOf(
    args.db,
    [...rows.values()].flatMap((a) => codes.map((c) => evidenceEntityId(a.id, c))),
  );
  const required = requiredCodes(scoring.criteria);
  const views = scoring.units.map((unit) => {
    const row = rows.get(unit.unitId);
    const status = row?.status ?? "draft";
    const reviewerUnitIds = assignments
      .filter((a) => a.reviewedUnitId === unit.unitId)
      .map((a) => a.reviewerUnitId);
    const rel = relationTo(args.actor, found.cluster, found.members, unit.unitId, reviewerUnitIds);
    return { unit, row, status, rel, reviewerUnitIds, readable: canRead(rel, status) };
  });
  const scored = await scoresForUnits(
    args.db,
    args.actor,
    args.clusterId,
    views
      .filter((v) => v.readable)
      .map((v) => ({ unitId: v.unit.unitId, code: v.unit.code, status: v.status })),
  );
  return views
    .map(({ unit, row, status, reviewerUnitIds, readable }) => {
      const mine = row ? inputs.filter((i) => i.assessmentId === row.id) : [];
      const filled = new Set(mine.filter((i) => i.selfValue !== null).map((i) => i.criterionCode));
      const hideProgress = !readable;
      return {
        unitId: unit.unitId,
        unitCode: unit.code,
        unitName: unit.name,
        role: unit.role,
        status,
        statusLabel: statusLabel(status),
        selfTotal: scored.get(unit.unitId)?.self?.total ?? null,
        finalTotal: scored.get(unit.unitId)?.final?.total ?? null,
        missingCount: hideProgress ? null : required.filter((c) => !filled.has(c)).length,
        evidenceCount: hideProgress
          ? null
          : row
            ? evidence.filter((e) => e.entityId.startsWith(`${row.id}:`)).length
            : 0,
        reviewerUnitIds,
        canRead: readable,
      };
    })
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || compareVi(a.unitName, b.unitName));
}
