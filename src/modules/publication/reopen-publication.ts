import { parseInput } from "../../contracts/parse";
import { reopenBody } from "../../contracts/publication";
import type { Db } from "../../db/types";
import { conflict } from "../../server/errors";
import { lockClusterAssessments } from "../assessments/cluster-assessments";
import { moveRow } from "../assessments/move";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { pactForScoring } from "../pacts/pact-for-scoring";
import { assertManages, publicationAccess } from "./policy";
import { latestPublication, markReopened, sharePact } from "./repo";

/**
 * Reopens a cluster-year's published results (council only, with a reason): the record stays as it was
 * published, marked reopened; every assessment goes back to final, so an amendment can apply and the
 * council publishes again. Audited, and shown on each unit's timeline.
 */
export async function reopenPublication(args: { db: Db; actor: Actor; clusterId: string; input: unknown }) {
  const input = parseInput(reopenBody, args.input);
  return args.db.transaction(async (tx) => {
    const access = publicationAccess(args.actor, await findClusterWithMembers(tx, args.clusterId));
    assertManages(access);
    await sharePact(tx, args.clusterId);
    const rows = await lockClusterAssessments(tx, args.clusterId);
    const current = await latestPublication(tx, args.clusterId, true);
    if (!current || current.reopenedAt) {
      throw conflict("Kết quả của cụm chưa được công bố (hoặc đã được mở lại): không có gì để mở lại.");
    }
    const actorId = args.actor.kind === "user" ? args.actor.userId : null;
    await markReopened(tx, current.id, { reopenedBy: actorId, reopenReason: input.reason });
    const scoring = await pactForScoring(tx, args.clusterId);
    const codeOf = new Map((scoring?.units ?? []).map((u) => [u.unitId, u.code]));
    const note = `Mở lại kết quả đã công bố. Lý do: ${input.reason}`;
    for (const row of rows.filter((r) => r.status === "published")) {
      const on = {
        councilId: access.cluster.councilId,
        unitCode: codeOf.get(row.unitId) ?? "",
        assessment: row,
      };
      await moveRow(tx, args.actor, on, "reopen", note, { publicationId: current.id });
    }
    await recordAudit(tx, args.actor, {
      councilId: access.cluster.councilId,
      action: "reopen",
      entity: "cluster_publication",
      entityId: current.id,
      before: { seq: current.seq, reopened: false },
      after: { seq: current.seq, reopened: true, reason: input.reason },
    });
    return { id: current.id, seq: current.seq, reopened: true };
  });
}
