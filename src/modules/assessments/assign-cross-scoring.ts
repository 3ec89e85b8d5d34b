import { crossScoringBody } from "../../contracts/assessments";
import { parseInput, validationError } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { conflict, forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import { type Actor, isCouncilAdmin } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import { deleteAssignment, insertAssignment } from "./repo";

/** The council assigns unit X to cross-score (chấm chéo) unit Y in a cluster-year; or, with `remove`, takes it back. */
export async function assignCrossScoring(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  input: unknown;
  remove?: boolean;
}) {
  const input = parseInput(crossScoringBody, args.input);
  return args.db.transaction(async (tx) => {
    const found = await findClusterWithMembers(tx, args.clusterId);
    if (!found || !canSeeCluster(args.actor, found.cluster, found.members)) throw notFound("Cụm thi đua");
    if (!isCouncilAdmin(args.actor, found.cluster.councilId)) throw forbidden();
    const issues = [];
    for (const field of ["reviewerUnitId", "reviewedUnitId"] as const) {
      if (!found.members.some((m) => m.unitId === input[field])) {
        issues.push({ path: field, message: "Đơn vị này không thuộc cụm" });
      }
    }
    if (input.reviewerUnitId === input.reviewedUnitId) {
      issues.push({ path: "reviewerUnitId", message: "Một đơn vị không tự chấm chéo chính mình" });
    }
    if (issues.length > 0) throw validationError(issues);
    const key = { clusterId: args.clusterId, ...input };
    const changed = args.remove
      ? await deleteAssignment(tx, key)
      : await insertAssignment(tx, { councilId: found.cluster.councilId, ...key });
    if (!changed) {
      throw args.remove
        ? notFound("Phân công chấm chéo")
        : conflict("Đơn vị này đã được phân công chấm chéo đơn vị kia.");
    }
    await recordAudit(tx, args.actor, {
      councilId: found.cluster.councilId,
      action: args.remove ? "delete" : "create",
      entity: "review_assignment",
      entityId: `${args.clusterId}:${input.reviewerUnitId}:${input.reviewedUnitId}`,
      ...(args.remove ? { before: key } : { after: key }),
    });
    return key;
  });
}
