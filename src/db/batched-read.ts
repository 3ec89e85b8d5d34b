import type { Db } from "./types";

// Many concurrent requests need the same small read (a cluster's ranking meta, a session's liveness).
// They share it, as a group commit does, without ever getting an answer older than their own arrival: a
// request joins a batch only if that batch's read has not started yet. While one read runs, newcomers
// gather in the next batch, read together (one statement for all their keys) when the running one
// ends. So at most one read of a kind runs per database, and each request sees every write committed before it
// arrived.

type Batch<T> = { keys: Set<string>; result: Promise<Map<string, T>> };
type State<T> = { running: Promise<unknown> | null; queued: Batch<T> | null };

const states = new WeakMap<Db, Map<string, State<unknown>>>();

/** `read(keys)` must answer every key it is given (undefined for a key that does not exist). */
export function batchedRead<T>(
  db: Db,
  kind: string,
  key: string,
  read: (keys: string[]) => Promise<Map<string, T>>,
): Promise<T | undefined> {
  const state = stateOf<T>(db, kind);
  const start = (keys: string[]): Promise<Map<string, T>> => {
    const p = read(keys);
    state.running = p;
    const clear = () => {
      if (state.running === p) state.running = null;
    };
    p.then(clear, clear);
    return p;
  };
  if (!state.running && !state.queued) return start([key]).then((m) => m.get(key));
  if (!state.queued) {
    const keys = new Set<string>();
    const after = state.running ?? Promise.resolve();
    const result = after
      .catch(() => undefined)
      .then(() => {
        state.queued = null;
        return start([...keys]);
      });
    state.queued = { keys, result };
  }
  const batch = state.queued!;
  batch.keys.add(key);
  return batch.result.then((m) => m.get(key));
}

function stateOf<T>(db: Db, kind: string): State<T> {
  let byKind = states.get(db);
  if (!byKind) {
    byKind = new Map();
    states.set(db, byKind);
  }
  let state = byKind.get(kind);
  if (!state) {
    state = { running: null, queued: null };
    byKind.set(kind, state);
  }
  return state as State<T>;
}
