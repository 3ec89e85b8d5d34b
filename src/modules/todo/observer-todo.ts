import type { TodoItem } from "../../contracts/todo";
import type { ClusterState } from "./cluster-state";
import { deadline } from "./deadline";

/** What an observer can read: the clusters with published results, the latest first. */
export function observerTodo(states: ClusterState[], today: string): TodoItem[] {
  return states
    .flatMap((state): TodoItem[] => {
      const published = state.units.filter((u) => u.status === "published");
      const times = published.flatMap((u) =>
        u.events.filter((e) => e.toStatus === "published").map((e) => e.at),
      );
      const last = times.sort((a, b) => b.getTime() - a.getTime())[0];
      if (!last) return [];
      return [
        {
          kind: "published",
          publishedCount: published.length,
          memberCount: state.units.length,
          at: last.toISOString(),
          ...deadline(state.cluster, null, today),
        },
      ];
    })
    .sort((a, b) => (a.kind === "published" && b.kind === "published" ? b.at.localeCompare(a.at) : 0));
}
