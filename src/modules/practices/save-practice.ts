import { parseInput, validationError } from "../../contracts/parse";
import { practiceInput, updatePracticeInput } from "../../contracts/practices";
import type { Db, Tx } from "../../db/types";
import { conflict, forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { getOrganization } from "../orgs/find-organization";
import { loadReport } from "../reports/load-report";
import { editsUnit, seesCouncil } from "./policy";
import { findPractice, insertPractice, updatePracticeIfVersion } from "./repo";

type Figures = { label: string; value: number; unit: string }[];

function searchTextOf(p: {
  field: string;
  problem: string;
  howItWorks: string;
  results: string;
  figures: Figures;
  contact: string;
}): string {
  const figures = p.figures.map((f) => `${f.label}: ${f.value} ${f.unit}`.trim()).join("; ");
  return [p.field, p.problem, p.howItWorks, p.results, figures, p.contact].filter(Boolean).join("\n");
}

async function checkReport(tx: Tx, actor: Actor, reportId: string | null | undefined, unitId: string) {
  if (!reportId) return null;
  const found = await loadReport(tx, actor, reportId).catch(() => undefined);
  if (!found || found.report.unitId !== unitId) {
    throw validationError([{ path: "reportId", message: "Báo cáo này không phải của đơn vị có mô hình" }]);
  }
  return reportId;
}

/** A unit records a good practice of its own (the council's admins for any unit), optionally from a report. */
export async function createPractice(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(practiceInput, args.input);
  return args.db.transaction(async (tx) => {
    const unit = await getOrganization(tx, input.unitId);
    if (unit?.kind !== "unit" || !seesCouncil(args.actor, unit.councilId)) {
      throw validationError([{ path: "unitId", message: "Đơn vị không tồn tại" }]);
    }
    if (!editsUnit(args.actor, unit.councilId, unit.id)) throw forbidden();
    const reportId = await checkReport(tx, args.actor, input.reportId, unit.id);
    const { reportId: _r, ...rest } = input;
    const row = await insertPractice(tx, {
      ...rest,
      councilId: unit.councilId,
      reportId,
      searchText: searchTextOf(input),
      createdBy: args.actor.kind === "user" ? args.actor.userId : null,
    });
    await recordAudit(tx, args.actor, {
      councilId: unit.councilId,
      action: "create",
      entity: "practice",
      entityId: row.id,
      after: input,
    });
    return row;
  });
}

/** Edits a practice (its unit or the council); a stale version is a 409. */
export async function updatePractice(args: { db: Db; actor: Actor; practiceId: string; input: unknown }) {
  const input = parseInput(updatePracticeInput, args.input);
  return args.db.transaction(async (tx) => {
    const practice = await findPractice(tx, args.practiceId, { lock: true });
    if (!practice || !seesCouncil(args.actor, practice.councilId)) throw notFound("Mô hình");
    if (!editsUnit(args.actor, practice.councilId, practice.unitId)) throw forbidden();
    if (practice.version !== input.version)
      throw conflict("Mô hình vừa được người khác sửa. Hãy tải lại rồi sửa tiếp.");
    const reportId = await checkReport(tx, args.actor, input.reportId, practice.unitId);
    const { version: _v, reportId: _r, ...rest } = input;
    const saved = await updatePracticeIfVersion(tx, practice.id, practice.version, {
      ...rest,
      reportId,
      searchText: searchTextOf(input),
    });
    if (!saved) throw conflict("Mô hình vừa được người khác sửa. Hãy tải lại rồi sửa tiếp.");
    await recordAudit(tx, args.actor, {
      councilId: practice.councilId,
      action: "update",
      entity: "practice",
      entityId: practice.id,
      before: { version: practice.version },
      after: { ...rest, reportId, version: saved.version },
    });
    return saved;
  });
}
