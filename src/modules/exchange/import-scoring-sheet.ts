import { z } from "zod";
import { CLUSTER_YEAR_FORMAT, type Scores } from "../../contracts/cluster-year";
import { parseInput } from "../../contracts/parse";
import { type SheetImportResult, sheetStage } from "../../contracts/rankings";
import { formatPath, parseClusterYear } from "../../core/scoring";
import type { Db } from "../../db/types";
import { AppError, notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { pactForScoring } from "../pacts/pact-for-scoring";
import { rankingContext } from "../rankings/load-ranking";
import { loadXlsx } from "./load-xlsx";
import { readScoringSheet, type SheetIssue, type SheetUnit } from "./read-scoring-sheet";
import { cellPlace } from "./sheet-layout";
import { sheetUnits } from "./sheet-policy";

/** Scoring sheets are small; anything bigger is not one (and an .xlsx is a zip: keep what we inflate small). */
export const MAX_SHEET_BYTES = 5 * 1024 * 1024;

const input = z.object({
  clusterId: z.uuid({ error: "Mã cụm không hợp lệ" }),
  stage: sheetStage.default("self"),
});

type SheetArgs = { db: Db; actor: Actor; clusterId: string; bytes: Uint8Array; stage?: string };

/**
 * Reads a filled scoring sheet back and checks every cell with the engine's rules: either every input is
 * good, or the whole file is refused (400) with every problem located "Trang 'HL', dòng 7, cột D: …".
 * It writes nothing (`saveScoringSheet` saves): the checked inputs are returned.
 */
export async function importScoringSheet(args: SheetArgs): Promise<SheetImportResult> {
  const { stage, units } = await checkScoringSheet(args);
  return {
    stage,
    saved: false,
    count: 0,
    units: units.map((u) => ({ unit: u.unit.code, unitId: u.unit.unitId, sheet: u.sheet, inputs: u.inputs })),
  };
}

/** Before reading the sheet's body: 404 for a cluster the actor may not see, 403 without units to score. */
export async function mayUploadScoringSheet(args: Omit<SheetArgs, "bytes">): Promise<void> {
  const { clusterId, stage } = parseInput(input, { clusterId: args.clusterId, stage: args.stage });
  const ctx = await rankingContext(args.db, args.actor, clusterId);
  await sheetUnits(args.db, args.actor, ctx, stage);
}

/** Every unit's checked inputs with the cells they came from, or a 400 with every problem located. */
export async function checkScoringSheet(
  args: SheetArgs,
): Promise<{ clusterId: string; stage: "self" | "review"; units: SheetUnit[] }> {
  const { clusterId, stage } = parseInput(input, { clusterId: args.clusterId, stage: args.stage });
  if (args.bytes.byteLength > MAX_SHEET_BYTES) {
    throw new AppError("too_large", 413, "Tệp quá lớn: phiếu chấm điểm tối đa 5 MB.");
  }
  const ctx = await rankingContext(args.db, args.actor, clusterId);
  const allowed = await sheetUnits(args.db, args.actor, ctx, stage);
  const scoring = await pactForScoring(args.db, clusterId);
  if (!scoring?.pact || scoring.criteria.length === 0) throw notFound("Giao ước của cụm");
  const wb = await loadXlsx(args.bytes);
  const { units, issues } = readScoringSheet(wb, {
    clusterId,
    criteria: scoring.criteria,
    members: ctx.members,
    allowed: new Set(allowed.map((u) => u.unitId)),
  });
  if (issues.length === 0) issues.push(...engineIssues(scoring, ctx.members, units));
  if (issues.length > 0) throw refuse(issues);
  if (units.length === 0) {
    throw refuse([{ path: "(tệp)", message: 'Chưa có giá trị nào được nhập (cột "Giá trị nhập")' }]);
  }
  return { clusterId, stage, units };
}

/** The engine's own check of the inputs against the pact, located back to the cells. */
function engineIssues(
  scoring: NonNullable<Awaited<ReturnType<typeof pactForScoring>>>,
  members: { code: string; name: string }[],
  units: SheetUnit[],
): SheetIssue[] {
  const scores: Scores = {};
  for (const u of units) scores[u.unit.code] = u.inputs;
  const parsed = parseClusterYear({
    format: CLUSTER_YEAR_FORMAT,
    cluster: { code: scoring.cluster.code, name: scoring.cluster.name },
    year: scoring.cluster.year,
    units: members.map((m) => ({ code: m.code, name: m.name })),
    criteria: scoring.criteria,
    rules: scoring.rules,
    scores,
  });
  if (parsed.ok) return [];
  return parsed.issues.map((issue) => {
    for (const u of units) {
      for (const [code, cell] of u.cells) {
        const at = formatPath(["scores", u.unit.code, code]);
        if (issue.path === at || issue.path.startsWith(`${at}.`)) {
          return {
            path: cellPlace(u.sheet, cell.row, cell.column),
            message: `Tiêu chí ${code}: ${issue.message}`,
          };
        }
      }
    }
    return { path: "(giao ước)", message: `${issue.path}: ${issue.message}` };
  });
}

function refuse(issues: SheetIssue[]): AppError {
  const first = issues[0]!;
  return new AppError(
    "validation",
    400,
    `Phiếu chấm không hợp lệ, không nhập gì — ${first.path}: ${first.message}`,
    issues,
  );
}
