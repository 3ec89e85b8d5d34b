import { parseInput, validationError } from "../../contracts/parse";
import { createTaskInput } from "../../contracts/tasks";
import { findSymbols } from "../../core/documents/find-symbols";
import type { Db } from "../../db/types";
import { forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { loadCluster } from "./load-task";
import { managesTasks } from "./policy";
import {
  councilDocumentsBySymbol,
  councilDocumentsIn,
  insertAssignments,
  insertTask,
  insertTaskDocuments,
} from "./repo";

type Issue = { path: string; message: string };

/**
 * Creates a key task of a cluster-year, from a meeting conclusion (`source`) or directly, assigned to all
 * members or some with a lead unit. Documents mentioned in the title or description that are in the
 * registry are linked as documents the task carries out.
 */
export async function createTask(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(createTaskInput, args.input);
  return args.db.transaction(async (tx) => {
    const { cluster, units } = await loadCluster(tx, args.actor, input.clusterId);
    if (!managesTasks(args.actor, cluster)) throw forbidden();
    const issues: Issue[] = [];
    const members = new Set(units.map((u) => u.unitId));
    const assigned = input.assignTo === "all" ? units.map((u) => u.unitId) : input.assignTo;
    if (input.assignTo !== "all") {
      const seen = new Set<string>();
      input.assignTo.forEach((unitId, i) => {
        if (!members.has(unitId)) issues.push({ path: `assignTo[${i}]`, message: "Đơn vị không thuộc cụm" });
        if (seen.has(unitId)) issues.push({ path: `assignTo[${i}]`, message: "Đơn vị bị trùng" });
        seen.add(unitId);
      });
    }
    if (input.leadUnitId && !assigned.includes(input.leadUnitId)) {
      issues.push({ path: "leadUnitId", message: "Đơn vị chủ trì phải là một đơn vị được giao" });
    }
    for (const unitId of Object.keys(input.targets)) {
      if (!assigned.includes(unitId)) {
        issues.push({ path: `targets.${unitId}`, message: "Chỉ đặt chỉ tiêu cho đơn vị được giao" });
      }
    }
    if (Object.keys(input.targets).length > 0 && !input.indicator) {
      issues.push({ path: "indicator", message: "Có chỉ tiêu thì cần nêu chỉ số đo" });
    }
    const known = new Set(
      (await councilDocumentsIn(tx, cluster.councilId, input.documentIds)).map((d) => d.id),
    );
    input.documentIds.forEach((id, i) => {
      if (!known.has(id))
        issues.push({ path: `documentIds[${i}]`, message: "Văn bản không có trong danh mục" });
    });
    if (issues.length > 0) throw validationError(issues);

    const mentioned = [...findSymbols(input.title), ...findSymbols(input.description)].map(
      (m) => m.parsed.canonical,
    );
    const byMention = await councilDocumentsBySymbol(tx, cluster.councilId, mentioned);
    const documentIds = [...new Set([...input.documentIds, ...byMention.map((d) => d.id)])];

    const task = await insertTask(tx, {
      councilId: cluster.councilId,
      clusterId: cluster.id,
      title: input.title,
      description: input.description,
      sourceKind: input.source?.kind ?? null,
      sourceId: input.source?.id ?? null,
      indicator: input.indicator || null,
      indicatorUnit: input.indicatorUnit || null,
      weight: input.weight,
      startDate: input.startDate,
      deadline: input.deadline,
      cadence: input.cadence,
    });
    await insertAssignments(
      tx,
      assigned.map((unitId) => ({
        councilId: cluster.councilId,
        taskId: task.id,
        unitId,
        lead: unitId === input.leadUnitId,
        target: input.targets[unitId] ?? null,
      })),
    );
    await insertTaskDocuments(
      tx,
      documentIds.map((documentId) => ({ councilId: cluster.councilId, taskId: task.id, documentId })),
    );
    await recordAudit(tx, args.actor, {
      councilId: cluster.councilId,
      action: "create",
      entity: "task",
      entityId: task.id,
      after: { ...task, assigned, leadUnitId: input.leadUnitId ?? null, targets: input.targets, documentIds },
    });
    return task;
  });
}
