import { parseInput } from "../../contracts/parse";
import type { TodoList } from "../../contracts/todo";
import { todoQuery } from "../../contracts/todo";
import { todayVn } from "../../core/orgs/dated";
import type { DbOrTx } from "../../db/types";
import type { Actor } from "../auth/actor";
import { listClusters } from "../clusters/list-clusters";
import { loadClusterStates } from "./cluster-state";
import { councilTodo } from "./council-todo";
import { headTodo } from "./head-todo";
import { observerTodo } from "./observer-todo";
import { unitTodo } from "./unit-todo";

/**
 * The home page: for each role the actor holds, what they owe in the year's clusters they see, with
 * deadlines from each cluster-year's calendar. A role with nothing to do still gets its (empty) section.
 */
export async function getTodo(args: {
  db: DbOrTx;
  actor: Actor;
  input: unknown;
  today?: string;
}): Promise<TodoList> {
  const { year } = parseInput(todoQuery, args.input);
  const today = args.today ?? todayVn();
  const clusters = await listClusters({ db: args.db, actor: args.actor, year });
  const states = await loadClusterStates(args.db, clusters);
  const grants = args.actor.kind === "user" ? args.actor.grants : [];
  const system = args.actor.kind === "system";
  const of = (role: string) => grants.filter((g) => g.role === role);
  const sections: TodoList["sections"] = [];
  const unitIds = new Set(of("unit_editor").flatMap((g) => (g.unitId ? [g.unitId] : [])));
  if (unitIds.size > 0) {
    sections.push({
      role: "unit",
      items: states.flatMap((s) => [...unitIds].flatMap((u) => unitTodo(s, u, today))),
    });
  }
  const headed = new Set(of("cluster_head").flatMap((g) => (g.clusterId ? [g.clusterId] : [])));
  if (headed.size > 0) {
    sections.push({
      role: "head",
      items: states.filter((s) => headed.has(s.cluster.id)).flatMap((s) => headTodo(s, today)),
    });
  }
  const administered = new Set(of("council_admin").map((g) => g.councilId));
  if (system || administered.size > 0) {
    sections.push({
      role: "council",
      items: states
        .filter((s) => system || administered.has(s.cluster.councilId))
        .map((s) => councilTodo(s, today)),
    });
  }
  const observed = new Set(of("observer").map((g) => g.councilId));
  if (observed.size > 0) {
    sections.push({
      role: "observer",
      items: observerTodo(
        states.filter((s) => observed.has(s.cluster.councilId)),
        today,
      ),
    });
  }
  return { year, today, sections };
}
