import type { TodoItem } from "./todo-api";

const cum = (item: TodoItem, year: number) => `cum=${item.cluster.id}&year=${year}`;

/** Where each to-do item is done: the pact, a unit's assessment, the scoring list or the ranking. */
export function todoHref(item: TodoItem, year: number): string {
  switch (item.kind) {
    case "registerTargets":
    case "signPact":
    case "unsignedMembers":
      return `/giao-uoc?${cum(item, year)}`;
    case "selfAssess":
    case "explain":
      return `/cham-diem?${cum(item, year)}&don-vi=${item.unit.id}`;
    case "review":
    case "explanationsReceived":
    case "clusterStage":
      return `/cham-diem?${cum(item, year)}`;
    case "prepareConference":
    case "published":
      return `/xep-hang?${cum(item, year)}`;
    default: {
      const unknown: never = item;
      return unknown;
    }
  }
}

/** A unit's own assessment, for the lists of units inside an item. */
export const unitHref = (item: TodoItem, year: number, unitId: string): string =>
  `/cham-diem?${cum(item, year)}&don-vi=${unitId}`;
