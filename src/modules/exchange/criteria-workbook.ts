import { z } from "zod";
import type { Criterion } from "../../contracts/cluster-year";
import { parseInput } from "../../contracts/parse";
import { maxPoints } from "../../core/scoring";
import type { Db } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { pactForScoring } from "../pacts/pact-for-scoring";
import { rankingContext } from "../rankings/load-ranking";
import { levelsText, METHOD_LABELS, rulesLines } from "./labels";
import { newWorkbook, POINTS_FORMAT, printSetup, styleHeader, thinBorder, titleRow, toBytes } from "./xlsx";

const input = z.object({ clusterId: z.uuid({ error: "Mã cụm không hợp lệ" }) });

export const CRITERIA_HEADERS = [
  "Mã",
  "Tiêu chí",
  "Phương pháp chấm",
  "Điểm tối đa",
  "Chỉ tiêu chung",
  "Điểm mỗi lần",
  "Các mức đánh giá",
] as const;
export const CRITERIA_HEADER_ROW = 4;

/** The pact's criteria table as Excel: the tree, methods in Vietnamese, maxima, targets (per unit too), levels; and the rules. */
export async function exportCriteriaWorkbook(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
}): Promise<{ bytes: Uint8Array<ArrayBuffer>; filename: string }> {
  const { clusterId } = parseInput(input, { clusterId: args.clusterId });
  const ctx = await rankingContext(args.db, args.actor, clusterId);
  const scoring = await pactForScoring(args.db, clusterId);
  if (!scoring?.pact) throw notFound("Giao ước của cụm");
  const { cluster, criteria, rules } = scoring;
  const units = ctx.members;
  const wb = await newWorkbook();
  const span = CRITERIA_HEADERS.length + units.length;
  const ws = wb.addWorksheet("Bảng tiêu chí", {
    views: [{ state: "frozen", xSplit: 2, ySplit: CRITERIA_HEADER_ROW }],
  });
  titleRow(ws, 1, `BẢNG TIÊU CHÍ, THANG ĐIỂM THI ĐUA NĂM ${cluster.year}`, span, 14);
  titleRow(ws, 2, cluster.name, span, 12);
  const header = ws.getRow(CRITERIA_HEADER_ROW);
  header.values = [...CRITERIA_HEADERS, ...units.map((u) => `Chỉ tiêu ${u.code}`)];
  styleHeader(header);
  const walk = (list: readonly Criterion[], depth: number) => {
    for (const c of list) {
      const isGroup = c.method === undefined;
      const max = isGroup ? maxPoints([c]) : (c.max ?? null);
      const hasTargets = c.method === "target" || c.method === "leaderRelative";
      const row = ws.addRow([
        c.code,
        `${"    ".repeat(depth)}${c.title}`,
        METHOD_LABELS[c.method ?? "group"],
        max,
        hasTargets ? (c.target ?? null) : null,
        c.method === "perOccurrence" || c.method === "penalty" ? c.pointsEach : null,
        c.method === "levels" ? levelsText(c.levels) : null,
        ...units.map((u) => (hasTargets ? (c.targets?.[u.code] ?? null) : null)),
      ]);
      row.getCell(4).numFmt = POINTS_FORMAT;
      row.getCell(6).numFmt = POINTS_FORMAT;
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = thinBorder;
        cell.alignment = { vertical: "top", wrapText: true };
      });
      if (isGroup) row.font = { bold: true };
      if (isGroup) walk(c.children, depth + 1);
    }
  };
  walk(criteria, 0);
  const total = ws.addRow(["", "Tổng điểm tối đa (không kể điểm thưởng, điểm trừ)", "", maxPoints(criteria)]);
  total.font = { bold: true };
  total.getCell(4).numFmt = POINTS_FORMAT;
  [8, 60, 22, 11, 11, 11, 36].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (let i = 0; i < units.length; i++) ws.getColumn(CRITERIA_HEADERS.length + 1 + i).width = 11;
  printSetup(ws, CRITERIA_HEADER_ROW, true);

  const rulesSheet = wb.addWorksheet("Quy chế");
  titleRow(rulesSheet, 1, `QUY CHẾ CHẤM ĐIỂM, XẾP HẠNG NĂM ${cluster.year}`, 2, 13);
  const rh = rulesSheet.getRow(3);
  rh.values = ["Nội dung", "Quy định"];
  styleHeader(rh);
  for (const line of rulesLines(rules)) rulesSheet.addRow(line);
  rulesSheet.getColumn(1).width = 36;
  rulesSheet.getColumn(2).width = 60;
  return { bytes: await toBytes(wb), filename: `tieu-chi-${cluster.code}-${cluster.year}.xlsx` };
}
