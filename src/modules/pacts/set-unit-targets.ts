import type { Criterion } from "../../contracts/cluster-year";
import { setUnitTargetsInput } from "../../contracts/pacts";
import { parseInput, validationError } from "../../contracts/parse";
import { formatPath } from "../../core/scoring";
import type { Db } from "../../db/types";
import { AppError, forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { loadExistingPact } from "./load-pact";
import { versionConflict, wrongStatus } from "./pact-errors";
import { targetUnitsFor } from "./policy";
import { updatePactIfVersion } from "./repo";
import { assertValidPact } from "./validate-pact";

type Issue = { path: string; message: string };
type TargetCriterion = Extract<Criterion, { method: "target" | "leaderRelative" }>;

/**
 * Sets units' own targets (chỉ tiêu) for one target or leaderRelative criterion of a draft pact:
 * the council admin or the head for any member, a unit editor for their own unit only. A `target`
 * criterion needs a figure > 0; for leaderRelative 0 means "no target". null removes the unit's own figure.
 */
export async function setUnitTargets(args: { db: Db; actor: Actor; clusterId: string; input: unknown }) {
  const input = parseInput(setUnitTargetsInput, args.input);
  return args.db.transaction(async (tx) => {
    const { cluster, members, units, pact } = await loadExistingPact(tx, args.actor, args.clusterId, {
      lock: true,
    });
    const allowed = new Set(targetUnitsFor(args.actor, cluster, members, "draft"));
    if (allowed.size === 0) throw forbidden();
    if (pact.status !== "draft") {
      throw wrongStatus(pact.status, "chỉ tiêu chỉ được đặt khi soạn thảo; sau đó phải sửa đổi có lý do.");
    }
    if (pact.version !== input.version) throw versionConflict(pact, input.version);
    const criteria = structuredClone(pact.criteria as Criterion[]);
    const criterion = findTargetCriterion(criteria, input.criterionCode);
    const unitOfCode = new Map(units.map((u) => [u.code, u]));
    const issues: Issue[] = [];
    if (Object.keys(input.targets).length === 0)
      issues.push({ path: "targets", message: "Cần chỉ tiêu của ít nhất một đơn vị" });
    const others: string[] = [];
    for (const [code, value] of Object.entries(input.targets)) {
      const path = formatPath(["targets", code]);
      const unit = unitOfCode.get(code);
      if (!unit) issues.push({ path, message: `Đơn vị "${code}" không thuộc cụm` });
      else if (!allowed.has(unit.unitId)) others.push(unit.name);
      else if (value !== null) {
        const problem = targetProblem(criterion, value);
        if (problem) issues.push({ path, message: problem });
      }
    }
    if (others.length > 0) {
      throw new AppError(
        "forbidden",
        403,
        `Bạn chỉ được đặt chỉ tiêu của đơn vị mình, không phải của ${others.join(", ")}.`,
      );
    }
    if (issues.length > 0) throw validationError(issues);
    const before = { ...(criterion.targets ?? {}) };
    const next: Record<string, number> = { ...before };
    for (const [code, value] of Object.entries(input.targets)) {
      if (value === null) delete next[code];
      else next[code] = value;
    }
    if (Object.keys(next).length > 0) criterion.targets = next;
    else delete criterion.targets;
    const table = assertValidPact(cluster, units, criteria, pact.rules);
    const saved = await updatePactIfVersion(tx, pact.id, input.version, { criteria: table.criteria });
    if (!saved) throw versionConflict(pact, input.version);
    await recordAudit(tx, args.actor, {
      councilId: cluster.councilId,
      action: "set_targets",
      entity: "pact",
      entityId: pact.id,
      before: { version: pact.version, criterionCode: criterion.code, targets: before },
      after: { version: saved.version, criterionCode: criterion.code, targets: next },
    });
    return saved;
  });
}

function findTargetCriterion(criteria: Criterion[], code: string): TargetCriterion {
  const stack = [...criteria];
  while (stack.length > 0) {
    const c = stack.pop() as Criterion;
    if (c.code === code) {
      if (c.method === "target" || c.method === "leaderRelative") return c;
      throw validationError([
        {
          path: "criterionCode",
          message: `Tiêu chí ${code} không chấm theo chỉ tiêu nên không có chỉ tiêu riêng`,
        },
      ]);
    }
    if ("children" in c) stack.push(...c.children);
  }
  throw validationError([{ path: "criterionCode", message: `Không có tiêu chí ${code} trong giao ước` }]);
}

function targetProblem(criterion: TargetCriterion, value: number): string | null {
  if (!Number.isFinite(value)) return "Chỉ tiêu phải là một số";
  if (criterion.method === "target" && value <= 0) {
    return `Chỉ tiêu phải lớn hơn 0: tiêu chí ${criterion.code} chấm theo mức đạt chỉ tiêu (số 0 không chấm được)`;
  }
  if (value < 0) return "Chỉ tiêu không được âm (0 nghĩa là đơn vị không đăng ký chỉ tiêu)";
  return null;
}
