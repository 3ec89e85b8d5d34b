import type { Db } from "./types";

// A counter of writes made by this process. On the embedded database the data-dir lock guarantees that this
// process is the only writer, so a read cached at generation N is still right while the counter is N. It is
// bumped when a write transaction writes its audit row (before commit) and again when an HTTP write request
// has finished (after commit): a read that began in between is then cached under a generation already past.

let generation = 0;
const singleWriter = new WeakSet<Db>();

export const writeGeneration = (): number => generation;

export function bumpWriteGeneration(): void {
  generation++;
}

/** Declared by whoever opens a database that no other process can write (PGlite behind its lock). */
export function markSingleWriter(db: Db): void {
  singleWriter.add(db);
}

export const isSingleWriter = (db: Db): boolean => singleWriter.has(db);
