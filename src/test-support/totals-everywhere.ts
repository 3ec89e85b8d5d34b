import ExcelJS from "exceljs";
import type { RankingStage } from "../contracts/rankings";
import { scoreClusterYear } from "../core/scoring";
import type { Db } from "../db/types";
import { getAssessment } from "../modules/assessments/get-assessment";
import type { Actor } from "../modules/auth/actor";
import { exportClusterYear } from "../modules/exchange/export-cluster-year";
import { getRankingMatrix } from "../modules/rankings/get-matrix";
import { getRanking } from "../modules/rankings/get-ranking";
import { RANKING_HEADER_ROW, rankingWorkbook } from "../modules/rankings/ranking-workbook";

// Each unit's total as every page, export and document shows it to one actor, for the consistency tests:
// unit code → total, one map per place. A place that shows nothing for a unit leaves it out.

export type Totals = Record<string, number>;

/** A ranking stage as it is shown: the ranking page, its Excel download, and (draft, final) the matrix. */
export type StageTotals = { ranking: Totals; excel: Totals; matrix?: Totals; matrixSelf?: Totals };

export async function stageTotals(db: Db, actor: Actor, clusterId: string, stage: RankingStage) {
  const at = { db, actor, clusterId, stage };
  const ranking = await getRanking(at);
  const out: StageTotals = {
    ranking: Object.fromEntries(ranking.rows.map((r) => [r.unit, r.total])),
    excel: await excelTotals(await rankingWorkbook(at)),
  };
  if (stage !== "self") {
    const matrix = await getRankingMatrix({ ...at, stage });
    out.matrix = Object.fromEntries(matrix.units.map((u) => [u.unit, u.total]));
    out.matrixSelf = Object.fromEntries(matrix.selfVsFinal.map((u) => [u.unit, u.selfTotal]));
    const finals = Object.fromEntries(matrix.selfVsFinal.map((u) => [u.unit, u.finalTotal]));
    // The matrix's own comparison must agree with its heat map.
    if (JSON.stringify(sorted(finals)) !== JSON.stringify(sorted(pick(out.matrix, Object.keys(finals))))) {
      throw new Error(`matrix self-vs-final disagrees with its units: ${JSON.stringify(finals)}`);
    }
  }
  return out;
}

/** The ranking workbook read back as a user opens it: the first sheet's code and total columns. */
export async function excelTotals(file: { bytes: Uint8Array }): Promise<Totals> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.bytes.slice().buffer as ArrayBuffer);
  const ws = wb.getWorksheet("Xếp hạng");
  if (!ws) throw new Error("no ranking sheet");
  const out: Totals = {};
  ws.eachRow((row, n) => {
    if (n <= RANKING_HEADER_ROW) return;
    out[String(row.getCell(2).value)] = Number(row.getCell(4).value);
  });
  return out;
}

/** The JSON export of the cluster-year, scored again by the engine as `thidua score` would: independent of the pages. */
export async function exportTotals(db: Db, actor: Actor, clusterId: string): Promise<Totals> {
  const { text } = await exportClusterYear({ db, actor, clusterId });
  const file = JSON.parse(text);
  const scored = new Set(Object.keys(file.scores ?? {}));
  // A file with no inputs (nothing the actor may see) lists the members but ranks no one.
  const result = scoreClusterYear(file);
  return Object.fromEntries(result.results.filter((r) => scored.has(r.unit)).map((r) => [r.unit, r.total]));
}

/**
 * The assessment page of each given unit (code → unit id) the actor may read: its self total and its final
 * (published, or provisional for the head and council) total. Units the actor may not read are left out.
 */
export async function pageTotals(
  db: Db,
  actor: Actor,
  clusterId: string,
  units: Record<string, string>,
): Promise<{ self: Totals; final: Totals; finalScores: Record<string, Record<string, number | null>> }> {
  const out = {
    self: {} as Totals,
    final: {} as Totals,
    finalScores: {} as Record<string, Record<string, number | null>>,
  };
  for (const [code, unitId] of Object.entries(units)) {
    const page = await getAssessment({ db, actor, clusterId, unitId }).catch((err: { status?: number }) => {
      if (err.status === 404 || err.status === 403) return null;
      throw err;
    });
    if (!page) continue;
    if (page.totals.self) out.self[code] = page.totals.self.total;
    if (page.totals.final) {
      out.final[code] = page.totals.final.total;
      out.finalScores[code] = Object.fromEntries(page.criteria.map((c) => [c.code, c.scores.final]));
    }
  }
  return out;
}

export function pick(totals: Totals, codes: readonly string[]): Totals {
  return Object.fromEntries(codes.filter((c) => c in totals).map((c) => [c, totals[c]!]));
}

function sorted(t: Totals): [string, number][] {
  return Object.entries(t).sort(([a], [b]) => (a < b ? -1 : 1));
}
