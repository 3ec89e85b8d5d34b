import type { Criterion } from "../../contracts/cluster-year";
import { parseInput, validationError } from "../../contracts/parse";
import { carryToPactInput } from "../../contracts/tasks";
import type { Db } from "../../db/types";
import { AppError, forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { pactForScoring } from "../pacts/pact-for-scoring";
import { updatePact } from "../pacts/update-pact";
import { loadCluster } from "./load-task";
import { managesTasks } from "./policy";
import { assignmentsOf, lockTasks, nextYearClusterId, type TaskRow, updateTaskIfVersion } from "./repo";

type Issue = { path: string; message: string };

/**
 * The cluster head turns selected tasks of a year into criteria of next year's draft pact, in one group
 * "Thực hiện nhiệm vụ trọng tâm năm …": a task with an indicator and targets becomes a `target` criterion
 * with each unit's own target; any other a pass/fail criterion. Each task keeps the criterion's code.
 */
export async function carryTasksToPact(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(carryToPactInput, args.input);
  return args.db.transaction(async (tx) => {
    const { cluster, units } = await loadCluster(tx, args.actor, input.clusterId);
    if (!managesTasks(args.actor, cluster)) throw forbidden();
    const ids = input.items.map((i) => i.taskId);
    const rows = await lockTasks(tx, ids);
    const byId = new Map(rows.map((t) => [t.id, t]));
    const issues: Issue[] = [];
    input.items.forEach((item, i) => {
      const task = byId.get(item.taskId);
      if (!task || task.clusterId !== cluster.id)
        issues.push({ path: `items[${i}].taskId`, message: "Nhiệm vụ không thuộc cụm này" });
      else if (task.carriedCriterionCode)
        issues.push({
          path: `items[${i}].taskId`,
          message: `Nhiệm vụ đã được đưa vào giao ước (tiêu chí ${task.carriedCriterionCode})`,
        });
    });
    if (new Set(ids).size !== ids.length)
      issues.push({ path: "items", message: "Một nhiệm vụ được chọn hai lần" });
    if (issues.length > 0) throw validationError(issues);

    const nextId = await nextYearClusterId(tx, cluster.id);
    const next = nextId ? await pactForScoring(tx, nextId) : null;
    if (!nextId || !next?.pact) {
      throw new AppError(
        "conflict",
        409,
        `Cụm chưa có giao ước năm ${cluster.year + 1}. Hãy lập giao ước năm sau (bản soạn thảo) trước.`,
      );
    }
    if (next.pact.status !== "draft") {
      throw new AppError(
        "conflict",
        409,
        `Giao ước năm ${cluster.year + 1} không còn là bản soạn thảo nên không thêm tiêu chí được.`,
      );
    }
    const codeOfUnit = new Map(units.map((u) => [u.unitId, u.code]));
    const nextCodes = new Set(next.units.map((u) => u.code));
    const assignments = await assignmentsOf(tx, ids);
    const criteria = structuredClone(next.criteria);
    const groupCode = `NV${cluster.year}`;
    let group = criteria.find(
      (c): c is Extract<Criterion, { children: Criterion[] }> => c.code === groupCode && "children" in c,
    );
    if (!group) {
      group = { code: groupCode, title: `Thực hiện nhiệm vụ trọng tâm năm ${cluster.year}`, children: [] };
      criteria.push(group);
    }
    const carried: { taskId: string; code: string }[] = [];
    for (const item of input.items) {
      const task = byId.get(item.taskId) as TaskRow;
      const code = `${groupCode}.${group.children.length + 1}`;
      const targets: Record<string, number> = {};
      for (const a of assignments.filter((x) => x.taskId === task.id)) {
        const unitCode = codeOfUnit.get(a.unitId);
        if (a.target && a.target > 0 && unitCode && nextCodes.has(unitCode)) targets[unitCode] = a.target;
      }
      const figures = Object.values(targets);
      group.children.push(
        figures.length > 0
          ? {
              code,
              title: task.title,
              method: "target",
              max: item.max,
              target: Math.min(...figures),
              targets,
            }
          : { code, title: task.title, method: "passFail", max: item.max },
      );
      carried.push({ taskId: task.id, code });
    }
    if (group.max !== undefined) group.max = group.children.reduce((s, c) => s + (c.max ?? 0), 0);
    // The pacts module checks who may edit next year's pact and validates the whole table.
    const pact = await updatePact({
      db: tx as unknown as Db,
      actor: args.actor,
      clusterId: nextId,
      input: { version: next.pact.version, criteria },
    });
    for (const c of carried) {
      const task = byId.get(c.taskId) as TaskRow;
      await updateTaskIfVersion(tx, task.id, task.version, {
        carriedToClusterId: nextId,
        carriedCriterionCode: c.code,
      });
    }
    await recordAudit(tx, args.actor, {
      councilId: cluster.councilId,
      action: "carry_to_pact",
      entity: "task",
      entityId: cluster.id,
      after: { pactId: pact.id, clusterId: nextId, carried },
    });
    return { clusterId: nextId, pactVersion: pact.version, carried };
  });
}
