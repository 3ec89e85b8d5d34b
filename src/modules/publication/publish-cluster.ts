import { parseInput } from "../../contracts/parse";
import { publishClusterBody } from "../../contracts/publication";
import type { Db } from "../../db/types";
import { AppError, notFound } from "../../server/errors";
import { lockClusterAssessments } from "../assessments/cluster-assessments";
import { moveRow } from "../assessments/move";
import { statusLabel } from "../assessments/workflow";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { pactForScoring } from "../pacts/pact-for-scoring";
import { assertManages, publicationAccess } from "./policy";
import { insertPublication, latestPublication, sharePact } from "./repo";
import { scoreFinalStage } from "./score-final";

/**
 * Publishes a cluster-year's results as one act (council only): every member's assessment must be final
 * and at the version the council saw. Stores the record (pact version, the file scored, totals, scores per
 * criterion, ranks, bands) and moves every assessment to published, all in one transaction.
 */
export async function publishCluster(args: { db: Db; actor: Actor; clusterId: string; input: unknown }) {
  const input = parseInput(publishClusterBody, args.input);
  return args.db.transaction(async (tx) => {
    const access = publicationAccess(args.actor, await findClusterWithMembers(tx, args.clusterId));
    assertManages(access);
    const pact = await sharePact(tx, args.clusterId);
    if (!pact) throw notFound("Giao ước thi đua của cụm");
    const rows = await lockClusterAssessments(tx, args.clusterId);
    const scoring = await pactForScoring(tx, args.clusterId);
    if (!scoring) throw notFound("Cụm thi đua");
    const byUnit = new Map(rows.map((r) => [r.unitId, r]));
    const notFinal = scoring.units.filter((u) => byUnit.get(u.unitId)?.status !== "final");
    if (notFinal.length > 0) {
      const issues = notFinal.map((u) => ({
        path: u.code,
        message: `${u.name}: ${statusLabel(byUnit.get(u.unitId)?.status ?? "draft")}`,
      }));
      throw new AppError(
        "conflict",
        409,
        `Chưa công bố được: kết quả được công bố một lần cho cả cụm khi mọi đơn vị đã chốt điểm; còn ${notFinal.length} đơn vị chưa chốt (${notFinal.map((u) => u.name).join(", ")}).`,
        issues,
      );
    }
    const stale = scoring.units.filter((u) => input.versions[u.unitId] !== byUnit.get(u.unitId)?.version);
    if (stale.length > 0) {
      const issues = stale.map((u) => ({
        path: `versions.${u.unitId}`,
        message: `${u.name}: bạn đã xem phiên bản ${input.versions[u.unitId] ?? "(không có)"}, hiện là phiên bản ${byUnit.get(u.unitId)?.version}`,
      }));
      throw new AppError(
        "conflict",
        409,
        `Bản chấm điểm của ${stale.map((u) => u.name).join(", ")} đã thay đổi sau khi bạn mở trang. Hãy tải lại, xem lại rồi công bố.`,
        issues,
      );
    }
    const { file, ranking, ignored } = await scoreFinalStage(tx, scoring);
    const previous = await latestPublication(tx, args.clusterId, true);
    const record = await insertPublication(tx, {
      councilId: access.cluster.councilId,
      clusterId: args.clusterId,
      seq: (previous?.seq ?? 0) + 1,
      pactId: pact.id,
      pactVersion: pact.version,
      file,
      results: ranking,
      publishedBy: args.actor.kind === "user" ? args.actor.userId : null,
    });
    const codeOf = new Map(scoring.units.map((u) => [u.unitId, u.code]));
    for (const row of rows) {
      const on = {
        councilId: access.cluster.councilId,
        unitCode: codeOf.get(row.unitId) ?? "",
        assessment: row,
      };
      await moveRow(tx, args.actor, on, "publish", input.note, { publicationId: record.id });
    }
    await recordAudit(tx, args.actor, {
      councilId: access.cluster.councilId,
      action: "publish",
      entity: "cluster_publication",
      entityId: record.id,
      before: previous ? { seq: previous.seq, reopenedAt: previous.reopenedAt } : null,
      after: {
        seq: record.seq,
        pactVersion: pact.version,
        note: input.note,
        totals: ranking.results.map((r) => ({ unit: r.unit, rank: r.rank, total: r.total, band: r.band })),
        ignored,
      },
    });
    return { id: record.id, seq: record.seq, pactVersion: record.pactVersion, results: ranking.results };
  });
}
