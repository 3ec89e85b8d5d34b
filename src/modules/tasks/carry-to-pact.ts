import { parseInput, validationError } from "../../contracts/parse";
import { carryToPactInput } from "../../contracts/tasks";
import type { Db } from "../../db/types";
import { AppError, forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import { pactForScoring } from "../pacts/pact-for-scoring";
import { updatePact } from "../pacts/update-pact";
import { withCarriedCriteria } from "./carried-criteria";
import { overflowMessage } from "./pact-room";
import { carriesInto, headsNextYear, managesTasks } from "./policy";
import { assignmentsOf, lockTasks, nextYearClusterId, type TaskRow, updateTaskIfVersion } from "./repo";

type Issue = { path: string; message: string };

/**
 * Turns selected tasks of a year into criteria of next year's draft pact (carried-criteria.ts), each with the
 * points the person set, as long as the table stays within its scale (pact-room.ts). Each task keeps the
 * criterion's code.
 */
export async function carryTasksToPact(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(carryToPactInput, args.input);
  return args.db.transaction(async (tx) => {
    const found = await findClusterWithMembers(tx, input.clusterId);
    const nextId = found ? await nextYearClusterId(tx, found.cluster.id) : undefined;
    const next = nextId ? await findClusterWithMembers(tx, nextId) : undefined;
    if (
      !found ||
      !(canSeeCluster(args.actor, found.cluster, found.members) || headsNextYear(args.actor, next?.cluster))
    )
      throw notFound("Cụm thi đua");
    const cluster = found.cluster;
    const hasHead = next?.members.some((m) => m.role === "head") ?? false;
    const may = next
      ? carriesInto(args.actor, cluster, { ...next.cluster, hasHead })
      : managesTasks(args.actor, cluster);
    if (!may) throw forbidden();
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

    const year = cluster.year + 1;
    const target = next ? await pactForScoring(tx, next.cluster.id) : null;
    if (!next || !target?.pact) {
      throw new AppError(
        "conflict",
        409,
        `Cụm chưa có giao ước năm ${year}. Hãy lập giao ước năm sau (bản soạn thảo) trước.`,
      );
    }
    if (target.pact.status !== "draft") {
      throw new AppError(
        "conflict",
        409,
        `Giao ước năm ${year} không còn là bản soạn thảo nên không thêm tiêu chí được.`,
      );
    }
    const source = await pactForScoring(tx, cluster.id);
    const codeOfUnit = new Map((source?.units ?? []).map((u) => [u.unitId, u.code]));
    const nextCodes = new Set(target.units.map((u) => u.code));
    const assignments = await assignmentsOf(tx, ids);
    const items = input.items.map((item) => {
      const task = byId.get(item.taskId) as TaskRow;
      const targets: Record<string, number> = {};
      for (const a of assignments.filter((x) => x.taskId === task.id)) {
        const unitCode = codeOfUnit.get(a.unitId);
        if (a.target && a.target > 0 && unitCode && nextCodes.has(unitCode)) targets[unitCode] = a.target;
      }
      return { task, max: item.max, targets };
    });
    const { criteria, carried } = withCarriedCriteria({
      criteria: target.criteria,
      year: cluster.year,
      items,
    });
    const overflow = overflowMessage(target.criteria, criteria, year);
    if (overflow) throw validationError([{ path: "items", message: overflow }]);
    // The pacts module validates the whole table; who may carry was decided above (carriesInto).
    const pact = await updatePact({
      db: tx as unknown as Db,
      actor: args.actor,
      clusterId: next.cluster.id,
      input: { version: target.pact.version, criteria },
      authorized: true,
    });
    for (const c of carried) {
      const task = byId.get(c.taskId) as TaskRow;
      await updateTaskIfVersion(tx, task.id, task.version, {
        carriedToClusterId: next.cluster.id,
        carriedCriterionCode: c.code,
      });
    }
    await recordAudit(tx, args.actor, {
      councilId: cluster.councilId,
      action: "carry_to_pact",
      entity: "task",
      entityId: cluster.id,
      after: { pactId: pact.id, clusterId: next.cluster.id, carried },
    });
    return { clusterId: next.cluster.id, pactVersion: pact.version, carried };
  });
}
