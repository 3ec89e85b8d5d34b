import type { Criterion } from "../../contracts/cluster-year";
import type { TaskRow } from "./repo";

type Group = Extract<Criterion, { children: Criterion[] }>;

/**
 * Next year's table with the tasks added to the group "Thực hiện nhiệm vụ trọng tâm năm …": a task with an
 * indicator and targets becomes a `target` criterion with each unit's own target (units still members next
 * year), any other a pass/fail criterion. Pure: the caller validates and saves.
 */
export function withCarriedCriteria(args: {
  criteria: readonly Criterion[];
  year: number;
  items: { task: TaskRow; max: number; targets: Record<string, number> }[];
}): { criteria: Criterion[]; carried: { taskId: string; code: string }[] } {
  const criteria = structuredClone(args.criteria) as Criterion[];
  const groupCode = `NV${args.year}`;
  let group = criteria.find((c): c is Group => c.code === groupCode && "children" in c);
  if (!group) {
    group = { code: groupCode, title: `Thực hiện nhiệm vụ trọng tâm năm ${args.year}`, children: [] };
    criteria.push(group);
  }
  const carried: { taskId: string; code: string }[] = [];
  for (const { task, max, targets } of args.items) {
    const code = `${groupCode}.${group.children.length + 1}`;
    const figures = Object.values(targets);
    group.children.push(
      figures.length > 0
        ? { code, title: task.title, method: "target", max, target: Math.min(...figures), targets }
        : { code, title: task.title, method: "passFail", max },
    );
    carried.push({ taskId: task.id, code });
  }
  if (group.max !== undefined) group.max = group.children.reduce((s, c) => s + (c.max ?? 0), 0);
  return { criteria, carried };
}
