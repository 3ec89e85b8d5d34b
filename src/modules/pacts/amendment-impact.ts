import type { Criterion, RankingV1, Rules, Scores, UnitResult } from "../../contracts/cluster-year";
import type { ImpactRow } from "../../contracts/publication";
import { scoreClusterYear } from "../../core/scoring";
import { canonicalJson } from "../../core/text/canonical-json";
import type { DbOrTx } from "../../db/types";
import { assessmentsOfClusterYear } from "../assessments/cluster-assessments";
import { type AssessmentStatus, scoresOfCluster } from "../assessments/scores-of-cluster";
import { statusLabel } from "../assessments/workflow";
import { currentRecord } from "../publication/current-record";
import { buildClusterYear, type Ignored } from "../rankings/build-file";

type Table = { criteria: Criterion[]; rules: Rules };
type Unit = { unitId: string; code: string; name: string };
type Cluster = { id: string; code: string; name: string; year: number };

/**
 * What an amendment of the table would change, assessment by assessment: published results against their
 * record (scored again on the new table), the others with the values of their stage (draft: self; under
 * review: reviewed, else self; final: final) before and after. Lists only assessments whose total, rank,
 * band, eligibility for leading or per-criterion scores would move, or whose inputs the new table makes invalid.
 */
export async function amendmentImpact(
  db: DbOrTx,
  cluster: Cluster,
  units: Unit[],
  before: Table,
  after: Table,
): Promise<{ blocked: boolean; rows: ImpactRow[] }> {
  const statuses = new Map((await assessmentsOfClusterYear(db, cluster.id)).map((a) => [a.unitId, a.status]));
  const codes = new Map(units.map((u) => [u.unitId, u.code]));
  const record = await currentRecord(db, cluster.id);
  const rows: Row[] = [];
  if (record) {
    const again = score(
      cluster,
      units.filter((u) => record.file.units.some((x) => x.code === u.code)),
      after,
      record.file.scores,
    );
    for (const old of record.results.results) {
      const unit = units.find((u) => u.code === old.unit);
      if (unit) rows.push(row(unit, "published", old, again, true));
    }
  }
  const live = await liveScores(db, cluster.id, codes, statuses);
  const open = units.filter((u) => {
    const s = statuses.get(u.unitId);
    return s !== undefined && s !== "published";
  });
  if (open.length > 0) {
    const was = score(cluster, open, before, live);
    const now = score(cluster, open, after, live);
    for (const unit of open) {
      const old = was.ranking?.results.find((r) => r.unit === unit.code);
      const status = statuses.get(unit.unitId) ?? "draft";
      rows.push(row(unit, status, old, now, false));
    }
  }
  const changed = rows.filter(isChange).map((r) => r.row);
  return { blocked: changed.some((r) => r.published), rows: changed };
}

type Row = { row: ImpactRow; scoresChanged: boolean };

function isChange({ row: r, scoresChanged }: Row): boolean {
  return (
    scoresChanged ||
    r.totalBefore !== r.totalAfter ||
    r.rankBefore !== r.rankAfter ||
    r.bandBefore !== r.bandAfter ||
    r.leadingBefore !== r.leadingAfter ||
    r.invalidInputs.length > 0
  );
}

function row(
  unit: Unit,
  status: AssessmentStatus,
  old: UnitResult | undefined,
  now: { ranking: RankingV1 | null; ignored: Ignored[] },
  published: boolean,
): Row {
  const next = now.ranking?.results.find((r) => r.unit === unit.code);
  const out: ImpactRow = {
    unitId: unit.unitId,
    unitCode: unit.code,
    unitName: unit.name,
    status,
    statusLabel: statusLabel(status),
    published,
    totalBefore: old?.total ?? null,
    totalAfter: next?.total ?? null,
    rankBefore: old?.rank ?? null,
    rankAfter: next?.rank ?? null,
    bandBefore: old?.band ?? null,
    bandAfter: next?.band ?? null,
    leadingBefore: old?.eligibleForLeading ?? null,
    leadingAfter: next?.eligibleForLeading ?? null,
    invalidInputs: now.ignored
      .filter((i) => i.unit === unit.code)
      .map((i) => ({ criterionCode: i.criterion, message: i.message, messageEn: i.messageEn })),
  };
  return { row: out, scoresChanged: canonicalJson(old?.scores ?? {}) !== canonicalJson(next?.scores ?? {}) };
}

function score(cluster: Cluster, units: Unit[], table: Table, scores: Scores) {
  const codes = new Set(units.map((u) => u.code));
  const mine = Object.fromEntries(Object.entries(scores).filter(([code]) => codes.has(code)));
  const { file, ignored } = buildClusterYear({
    cluster,
    units: units.map((u) => ({ code: u.code, name: u.name })),
    criteria: table.criteria,
    rules: table.rules,
    scores: mine,
  });
  return { ranking: file ? scoreClusterYear(file) : null, ignored };
}

/** Each open assessment's values at its stage: draft → self; under review → reviewed, else self; final → final. */
async function liveScores(
  db: DbOrTx,
  clusterId: string,
  codes: Map<string, string>,
  statuses: Map<string, AssessmentStatus>,
): Promise<Scores> {
  const open = ["draft", "submitted", "reviewed", "explanation", "final"] as const;
  const self = await scoresOfCluster(db, clusterId, codes, "self", open);
  const reviewed = await scoresOfCluster(db, clusterId, codes, "reviewed", open);
  const final = await scoresOfCluster(db, clusterId, codes, "final", open);
  const out: Scores = {};
  for (const [unitId, code] of codes) {
    const status = statuses.get(unitId);
    if (status === undefined || status === "published") continue;
    const source = status === "draft" ? self : status === "final" ? final : reviewed;
    out[code] = source.scores[code] ?? {};
  }
  return out;
}

/** "Móng Cái (Đã công bố): 85,17 → 79,67; hạng 1 → 2; I.2: …" for a refusal's issue list. */
export function describeImpact(r: ImpactRow): string {
  const n = (v: number | null) =>
    v === null ? "—" : v.toLocaleString("vi-VN", { maximumFractionDigits: 2 });
  const parts = [`tổng điểm ${n(r.totalBefore)} → ${n(r.totalAfter)}`];
  if (r.rankBefore !== r.rankAfter) parts.push(`hạng ${r.rankBefore ?? "—"} → ${r.rankAfter ?? "—"}`);
  if (r.bandBefore !== r.bandAfter) parts.push(`xếp loại ${r.bandBefore ?? "—"} → ${r.bandAfter ?? "—"}`);
  if (r.leadingBefore !== r.leadingAfter) {
    const yes = (v: boolean | null) => (v === null ? "—" : v ? "có" : "không");
    parts.push(`đủ điều kiện đề nghị dẫn đầu ${yes(r.leadingBefore)} → ${yes(r.leadingAfter)}`);
  }
  for (const i of r.invalidInputs) parts.push(`${i.criterionCode}: ${i.message}`);
  return `${r.unitName} (${r.statusLabel}): ${parts.join("; ")}`;
}
