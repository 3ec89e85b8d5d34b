import type { Db } from "../../db/types";

// A small in-process cache of what a cluster's rankings are computed from and of the computed views.
// An entry is used only while the database says nothing changed: its key is the fingerprint read by
// `rankingMeta` on every request (pact version, members and names, assessments' statuses and versions,
// the inputs' count, version sum and latest update). So it is right with several processes on one
// PostgreSQL too: each checks the fingerprint against the database before using its copy.

const MAX_CLUSTERS = 256;

/** Counters for the benchmark's cache hit rate (entries: data loads; views: computed rankings and pages). */
export const cacheStats = { entryHits: 0, entryMisses: 0, viewHits: 0, viewMisses: 0 };

export type CacheEntry<D, V> = {
  fingerprint: string;
  /** What the fingerprint was made from (the cluster's ranking meta). */
  basis: object;
  data: Promise<D>;
  views: Map<string, V>;
  /** The entry this one replaced, kept until its rows have served this one's (see `meta-delta.ts`). */
  previous?: CacheEntry<D, V>;
};

const caches = new WeakMap<Db, Map<string, CacheEntry<unknown, unknown>>>();

function cacheOf(db: Db): Map<string, CacheEntry<unknown, unknown>> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

/** Forgets every entry of this database (the benchmark measures cold requests with it). */
export function clearRankingCache(db: Db): void {
  caches.delete(db);
}

/**
 * The entry for a cluster at this fingerprint; loads (once, even for concurrent callers) when the
 * fingerprint moved, given the entry it replaces (to reload only what moved). A failed load is forgotten,
 * so the next request tries again.
 */
export function cachedEntry<D, V>(
  db: Db,
  clusterId: string,
  fingerprint: string,
  basis: object,
  load: (previous: CacheEntry<D, V> | undefined) => Promise<D>,
): CacheEntry<D, V> {
  const cache = cacheOf(db);
  const hit = cache.get(clusterId);
  if (hit && hit.fingerprint === fingerprint) {
    cacheStats.entryHits++;
    cache.delete(clusterId);
    cache.set(clusterId, hit);
    return hit as CacheEntry<D, V>;
  }
  cacheStats.entryMisses++;
  const previous = hit as CacheEntry<D, V> | undefined;
  // One step back only: the replaced entry lets go of its own predecessor.
  if (previous) previous.previous = undefined;
  const entry: CacheEntry<D, V> = { fingerprint, basis, data: load(previous), views: new Map(), previous };
  entry.data.catch(() => {
    if (cache.get(clusterId) === entry) cache.delete(clusterId);
  });
  cache.delete(clusterId);
  cache.set(clusterId, entry as CacheEntry<unknown, unknown>);
  if (cache.size > MAX_CLUSTERS) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return entry;
}

/** A view computed once per entry (views are pure functions of the entry's data). */
export function cachedView<V>(entry: CacheEntry<unknown, V>, key: string, compute: () => V): V {
  const hit = entry.views.get(key);
  if (hit !== undefined) {
    cacheStats.viewHits++;
    return hit;
  }
  cacheStats.viewMisses++;
  const value = compute();
  entry.views.set(key, value);
  return value;
}

/**
 * Data loaded once per entry beside the ranking's own (the assessment page's rows): shared by concurrent
 * callers, forgotten when the load fails so the next request tries again.
 */
export function cachedLoad<T>(
  entry: CacheEntry<unknown, unknown>,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  const hit = entry.views.get(key) as Promise<T> | undefined;
  if (hit !== undefined) {
    cacheStats.viewHits++;
    return hit;
  }
  cacheStats.viewMisses++;
  const loading = load();
  entry.views.set(key, loading);
  loading.catch(() => {
    if (entry.views.get(key) === loading) entry.views.delete(key);
  });
  return loading;
}

const memos = new WeakMap<object, Map<string, unknown>>();

/** A value derived from cached, immutable objects (views), computed once per owner and key. */
export function memo<T>(owner: object, key: string, compute: () => T): T {
  let byKey = memos.get(owner);
  if (!byKey) {
    byKey = new Map();
    memos.set(owner, byKey);
  }
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = compute();
  byKey.set(key, value);
  return value;
}
