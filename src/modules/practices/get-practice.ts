import { eq, inArray, type SQL } from "drizzle-orm";
import { parseInput } from "../../contracts/parse";
import { type PracticeDetail, type PracticeSummary, practiceListQuery } from "../../contracts/practices";
import { practices } from "../../db/schema";
import type { Db } from "../../db/types";
import { notFound } from "../../server/errors";
import { type Actor, visibleCouncilIds } from "../auth/actor";
import { listFiles } from "../files/list-files";
import { loadReport } from "../reports/load-report";
import { unitNameLookup } from "../reports/unit-names";
import { editsUnit, replicateFor, seesCouncil } from "./policy";
import { findPractice, listPracticeRows, type PracticeRow, replicationsOf } from "./repo";

export const PRACTICE_FILE_ENTITY = "practice";

async function summaries(db: Db, rows: PracticeRow[]): Promise<PracticeSummary[]> {
  const reps = await replicationsOf(
    db,
    rows.map((r) => r.id),
  );
  const nameOf = await unitNameLookup(db, [...rows.map((r) => r.unitId), ...reps.map((r) => r.unitId)]);
  return rows.map((p) => ({
    id: p.id,
    unitId: p.unitId,
    unitName: nameOf(p.unitId, p.year) ?? "",
    year: p.year,
    field: p.field,
    title: p.title,
    results: p.results,
    replications: reps
      .filter((r) => r.practiceId === p.id)
      .map((r) => ({
        id: r.id,
        unitId: r.unitId,
        unitName: nameOf(r.unitId, Number(r.adoptedOn.slice(0, 4))) ?? "",
        adoptedOn: r.adoptedOn,
        result: r.result,
      })),
  }));
}

/** The library: practices of the actor's councils, newest year first, each with where it has spread. */
export async function listPractices(args: { db: Db; actor: Actor; query: unknown }) {
  const query = parseInput(practiceListQuery, args.query);
  const councils = visibleCouncilIds(args.actor);
  if (councils !== null && councils.length === 0) return [];
  const where: SQL[] = [];
  if (councils !== null) where.push(inArray(practices.councilId, councils));
  if (query.year !== undefined) where.push(eq(practices.year, query.year));
  if (query.unitId) where.push(eq(practices.unitId, query.unitId));
  return summaries(args.db, await listPracticeRows(args.db, where));
}

/** One practice with its figures, evidence, the report it came from, replications and what the actor may do. */
export async function getPractice(args: {
  db: Db;
  actor: Actor;
  practiceId: string;
}): Promise<PracticeDetail> {
  const p = await findPractice(args.db, args.practiceId);
  if (!p || !seesCouncil(args.actor, p.councilId)) throw notFound("Mô hình");
  const [summary] = await summaries(args.db, [p]);
  if (!summary) throw notFound("Mô hình");
  const report = p.reportId
    ? await loadReport(args.db, args.actor, p.reportId).catch(() => undefined)
    : undefined;
  const files = await listFiles(args.db, PRACTICE_FILE_ENTITY, [p.id]);
  const edit = editsUnit(args.actor, p.councilId, p.unitId);
  const adopters = replicateFor(args.actor, p, new Set(summary.replications.map((r) => r.unitId)));
  const adopterName = await unitNameLookup(args.db, adopters);
  return {
    ...summary,
    version: p.version,
    problem: p.problem,
    howItWorks: p.howItWorks,
    figures: p.figures as PracticeDetail["figures"],
    contact: p.contact,
    report: report ? { id: report.report.id, title: report.report.title } : null,
    files: files.map(({ entityId: _e, ...f }) => f),
    can: {
      edit,
      attach: edit,
      replicateFor: adopters.map((id) => ({ id, name: adopterName(id) ?? "" })),
    },
  };
}
