import { AsyncLocalStorage } from "node:async_hooks";
import type { Db } from "./types";

// A counter of writes made by this process. On the embedded database the data-dir lock guarantees that this
// process is the only writer, so a read cached at generation N is still right while the counter is N. It is
// bumped when a write transaction writes its audit row (before commit) and again when an HTTP write request
// has finished (after commit): a read that began in between is then cached under a generation already past.
// A write that declares the one cluster it changes (a score save) moves that cluster's counter only, so the
// readers of every other cluster keep what they cached.

let generation = 0;
const clusterGenerations = new Map<string, number>();
const singleWriter = new WeakSet<Db>();

type WriteScope = { clusters: Set<string>; unscoped: boolean };
const scopes = new AsyncLocalStorage<WriteScope>();

/** The generation a cached read of this cluster is valid for. */
export const writeGeneration = (clusterId: string): string =>
  `${generation}:${clusterGenerations.get(clusterId) ?? 0}`;

/** Runs one request's work; its writes move only the clusters they declared (all, when one did not). */
export function withWriteScope<T>(run: () => Promise<T>): Promise<T> {
  return scopes.run({ clusters: new Set(), unscoped: false }, run);
}

/** Declared by a use case whose writes change one cluster's data only, before it writes its audit row. */
export function declareClusterWrite(clusterId: string): void {
  scopes.getStore()?.clusters.add(clusterId);
}

/** Before commit (the audit row) and after (the request's end): see above. */
export function bumpWriteGeneration(): void {
  const scope = scopes.getStore();
  if (!scope || scope.unscoped || scope.clusters.size === 0) {
    if (scope) scope.unscoped = true;
    generation++;
    return;
  }
  for (const id of scope.clusters) clusterGenerations.set(id, (clusterGenerations.get(id) ?? 0) + 1);
}

/** Declared by whoever opens a database that no other process can write (PGlite behind its lock). */
export function markSingleWriter(db: Db): void {
  singleWriter.add(db);
}

export const isSingleWriter = (db: Db): boolean => singleWriter.has(db);
