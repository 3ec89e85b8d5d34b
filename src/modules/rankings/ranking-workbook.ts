import { createHash } from "node:crypto";
import { z } from "zod";
import { parseInput } from "../../contracts/parse";
import { rankingStage } from "../../contracts/rankings";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import {
  newWorkbook,
  PENALTY_FORMAT,
  POINTS_FORMAT,
  printSetup,
  sheetName,
  styleHeader,
  thinBorder,
  titleRow,
  toBytes,
} from "../exchange/xlsx";
import {
  fingerprintOf,
  type RankingContext,
  type RankingView,
  rankingContext,
  rankingView,
} from "./load-ranking";
import { criteriaNodes } from "./present";

const input = z.object({
  clusterId: z.uuid({ error: "Mã cụm không hợp lệ" }),
  stage: rankingStage.default("final"),
});

export const RANKING_HEADERS = [
  "Hạng",
  "Mã đơn vị",
  "Đơn vị",
  "Tổng điểm",
  "Điểm cơ bản",
  "Điểm thưởng",
  "Điểm trừ",
  "Xếp loại",
  "Đủ điều kiện đề nghị dẫn đầu",
] as const;
/** The header row of both sheets (rows above it hold the title). */
export const RANKING_HEADER_ROW = 4;

const STAGE_TITLE = { final: "kết quả đã công bố", draft: "bản nháp", self: "điểm tự chấm" } as const;

type Stage = z.infer<typeof input>["stage"];
export type Workbook = { bytes: Uint8Array<ArrayBuffer>; filename: string };

/**
 * The ranking table as an Excel download: the same rows as the page, and the points per criterion. The
 * ETag names the data version and the view (stage and units the actor sees); `build` gives the bytes built
 * once for that version, so an unchanged export is never rebuilt and a browser that has it gets a 304.
 */
export async function rankingExport(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  stage?: string;
  signal?: AbortSignal;
}): Promise<{ etag: string; filename: string; build: () => Promise<Uint8Array<ArrayBuffer>> }> {
  const { clusterId, stage } = parseInput(input, { clusterId: args.clusterId, stage: args.stage });
  const ctx = await rankingContext(args.db, args.actor, clusterId);
  args.signal?.throwIfAborted();
  const view = await rankingView(ctx, stage);
  const etag = `"${createHash("sha256")
    .update(`${fingerprintOf(ctx.meta)}|${stage}|${view.units.map((u) => u.unitId).join(",")}`)
    .digest("base64url")}"`;
  return {
    etag,
    filename: `xep-hang-${ctx.cluster.code}-${ctx.cluster.year}.xlsx`,
    build: () => {
      let bytes = built.get(view);
      if (!bytes) {
        const building = buildWorkbook(ctx, stage, view);
        built.set(view, building);
        building.catch(() => built.delete(view));
        bytes = building;
      }
      return bytes;
    },
  };
}

/** The workbook's bytes (see `rankingExport`). */
export async function rankingWorkbook(
  args: Parameters<typeof rankingExport>[0],
): Promise<Workbook & { etag: string }> {
  const { etag, filename, build } = await rankingExport(args);
  return { bytes: await build(), filename, etag };
}

/** Views are cached per data version: the bytes of each are built once and go with it. */
const built = new WeakMap<RankingView, Promise<Uint8Array<ArrayBuffer>>>();

async function buildWorkbook(
  ctx: RankingContext,
  stage: Stage,
  view: RankingView,
): Promise<Uint8Array<ArrayBuffer>> {
  const results = view.ranking?.results ?? [];
  const { code, name, year } = ctx.cluster;
  const wb = await newWorkbook();

  const ws = wb.addWorksheet("Xếp hạng", { views: [{ state: "frozen", ySplit: RANKING_HEADER_ROW }] });
  titleRow(ws, 1, `BẢNG XẾP HẠNG THI ĐUA NĂM ${year}`, RANKING_HEADERS.length, 14);
  titleRow(ws, 2, `${name} — ${STAGE_TITLE[stage]}`, RANKING_HEADERS.length, 12);
  const header = ws.getRow(RANKING_HEADER_ROW);
  header.values = [...RANKING_HEADERS];
  styleHeader(header);
  for (const r of results) {
    const row = ws.addRow([
      r.rank,
      r.unit,
      r.name,
      r.total,
      r.base,
      r.bonus,
      r.penalty,
      r.band ?? "",
      r.eligibleForLeading ? "Có" : "Không",
    ]);
    for (const col of [4, 5, 6]) row.getCell(col).numFmt = POINTS_FORMAT;
    row.getCell(7).numFmt = PENALTY_FORMAT;
    row.eachCell((cell) => {
      cell.border = thinBorder;
    });
  }
  ws.columns.forEach((col, i) => {
    col.width = [7, 11, 42, 11, 11, 11, 10, 13, 16][i] ?? 12;
  });

  const nodes = criteriaNodes(view.criteria);
  const detail = wb.addWorksheet(sheetName("Điểm theo tiêu chí"), {
    views: [{ state: "frozen", xSplit: 2, ySplit: RANKING_HEADER_ROW }],
  });
  titleRow(detail, 1, `ĐIỂM THEO TIÊU CHÍ NĂM ${year} — ${code}`, Math.min(nodes.length + 2, 12), 13);
  const head = detail.getRow(RANKING_HEADER_ROW);
  head.values = ["Mã tiêu chí", "Tiêu chí", "Điểm tối đa", ...results.map((r) => r.unit)];
  styleHeader(head);
  for (const n of nodes) {
    const row = detail.addRow([
      n.code,
      `${"    ".repeat(n.depth)}${n.title}`,
      n.max,
      ...results.map((r) => r.scores[n.code] ?? 0),
    ]);
    if (n.method === "group") row.font = { bold: true };
    row.getCell(3).numFmt = POINTS_FORMAT;
    const format = n.method === "penalty" ? PENALTY_FORMAT : POINTS_FORMAT;
    for (let col = 4; col <= results.length + 3; col++) row.getCell(col).numFmt = format;
  }
  detail.getColumn(1).width = 12;
  detail.getColumn(2).width = 60;
  printSetup(ws, RANKING_HEADER_ROW, true);
  printSetup(detail, RANKING_HEADER_ROW, true);
  return toBytes(wb);
}
