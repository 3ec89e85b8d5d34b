import type { TaskView } from "../../contracts/tasks";
import { findSymbols } from "../../core/documents/find-symbols";
import { todayInVietnam } from "../../core/tasks/status";
import type { DbOrTx } from "../../db/types";
import type { Actor } from "../auth/actor";
import { listFiles } from "../files/list-files";
import { loadTask } from "./load-task";
import { managesTasks, unitsReportedBy } from "./policy";
import { assignmentsOf, councilDocumentsBySymbol, documentsOfTask, reportsOf } from "./repo";
import { computeTaskState } from "./task-state";

export const REPORT_EVIDENCE = "task_report";

/** A task with its assignments, every progress report (the timeline), its documents and what the actor may do. */
export async function getTask(args: {
  db: DbOrTx;
  actor: Actor;
  taskId: string;
  now: Date;
}): Promise<TaskView> {
  const { task, cluster, units } = await loadTask(args.db, args.actor, args.taskId);
  const today = todayInVietnam(args.now);
  const [assignments, reports, documents] = await Promise.all([
    assignmentsOf(args.db, [task.id]),
    reportsOf(args.db, [task.id]),
    documentsOfTask(args.db, task.id),
  ]);
  const state = computeTaskState(task, assignments, reports, today);
  const unitOf = new Map(units.map((u) => [u.unitId, u]));
  const unitRef = (id: string) => ({
    id,
    code: unitOf.get(id)?.code ?? "",
    name: unitOf.get(id)?.name ?? "",
  });
  const evidence = await listFiles(
    args.db,
    REPORT_EVIDENCE,
    reports.map((r) => r.id),
  );
  const mentions = [
    ...findSymbols(task.title).map((m) => ({ ...m, field: "title" as const })),
    ...findSymbols(task.description).map((m) => ({ ...m, field: "description" as const })),
  ];
  const registered = await councilDocumentsBySymbol(
    args.db,
    task.councilId,
    mentions.map((m) => m.parsed.canonical),
  );
  const idOfSymbol = new Map(registered.map((d) => [d.canonicalSymbol, d.id]));
  return {
    id: task.id,
    councilId: task.councilId,
    clusterId: task.clusterId,
    year: cluster.year,
    title: task.title,
    description: task.description,
    source: task.sourceKind && task.sourceId ? { kind: task.sourceKind, id: task.sourceId } : null,
    indicator: task.indicator,
    indicatorUnit: task.indicatorUnit,
    weight: task.weight,
    startDate: task.startDate,
    deadline: task.deadline,
    cadence: task.cadence,
    paused: task.paused,
    version: task.version,
    today,
    status: state.status,
    progress: state.progress,
    overdueUnits: state.units.filter((u) => u.status === "overdue").length,
    assignedUnits: state.units.length,
    carriedCriterionCode: task.carriedCriterionCode,
    documents: documents.map((d) => ({ id: d.id, symbol: d.symbol, title: d.title, typeName: d.typeName })),
    mentions: mentions.map((m) => ({
      start: m.start,
      end: m.end,
      field: m.field,
      symbol: m.parsed.canonical,
      documentId: idOfSymbol.get(m.parsed.canonical) ?? null,
    })),
    assignments: state.units.map((u) => ({ ...u, unit: unitRef(u.unitId) })),
    reports: reports
      .slice()
      .reverse()
      .map((r) => ({
        id: r.id,
        unitId: r.unitId,
        unitName: unitOf.get(r.unitId)?.name ?? "",
        reportedOn: r.reportedOn,
        percent: r.percent,
        figure: r.figure,
        text: r.text,
        authorName: r.authorName,
        createdAt: r.createdAt.toISOString(),
        evidence: evidence
          .filter((f) => f.entityId === r.id)
          .map((f) => ({ id: f.id, name: f.name, size: f.size, mime: f.mime })),
      })),
    can: {
      manage: managesTasks(args.actor, cluster),
      reportFor: task.paused
        ? []
        : unitsReportedBy(
            args.actor,
            cluster.councilId,
            assignments.map((a) => a.unitId),
          ),
    },
  };
}
