import type { ClusterYear, ScoreInput } from "../../contracts/cluster-year";
import { parseClusterYear, scoreClusterYear } from "../../core/scoring";
import { bilingualIssue } from "../../core/scoring/messages-vi";
import type { Tx } from "../../db/types";
import { AppError, conflict } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { insertPublication, latestPublication } from "./repo";

/**
 * A correction of a published result publishes the record again (the next `seq`, with the correction's
 * reason): the same table and rules as published, the corrected input in place. The earlier record stays.
 * The caller holds the corrected assessment's lock; this takes the publication row's, before any audit.
 */
export async function republishCorrected(
  tx: Tx,
  actor: Actor,
  at: { clusterId: string; unitCode: string; criterionCode: string; value: ScoreInput; reason: string },
): Promise<{ id: string; seq: number; before: number | null; after: number | null }> {
  const current = await latestPublication(tx, at.clusterId, true);
  if (!current || current.reopenedAt) {
    throw conflict("Kết quả của cụm không còn ở trạng thái đã công bố: không đính chính được.");
  }
  const file = structuredClone(current.file) as ClusterYear;
  file.scores[at.unitCode] = { ...(file.scores[at.unitCode] ?? {}), [at.criterionCode]: at.value };
  const parsed = parseClusterYear(file);
  if (!parsed.ok) {
    const issues = parsed.issues.map(bilingualIssue);
    throw new AppError(
      "validation",
      422,
      `Giá trị đính chính không hợp lệ với bảng tiêu chí đã công bố — ${issues[0]?.message}`,
      issues,
    );
  }
  const results = scoreClusterYear(parsed.file);
  const totalOf = (r: { results: { unit: string; total: number }[] }) =>
    r.results.find((x) => x.unit === at.unitCode)?.total ?? null;
  const record = await insertPublication(tx, {
    councilId: current.councilId,
    clusterId: at.clusterId,
    seq: current.seq + 1,
    pactId: current.pactId,
    pactVersion: current.pactVersion,
    file: parsed.file,
    results,
    reason: at.reason,
    publishedBy: actor.kind === "user" ? actor.userId : null,
  });
  return {
    id: record.id,
    seq: record.seq,
    before: totalOf(current.results as { results: { unit: string; total: number }[] }),
    after: totalOf(results),
  };
}
