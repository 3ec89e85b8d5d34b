import { type Column, type DriverValueEncoder, type Query, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "./types";

// Building a statement with Drizzle (its SQL text from the query tree) costs more CPU than the statement's own
// round trip on the hottest paths (a score save, the session read every request does). A statement built
// once, with `sql.placeholder(…)` for whatever varies, skips that: its SQL, parameters and result fields are
// kept and run again on any Db or Tx with new values, mapped by Drizzle as a built query is (timestamps,
// JSON, numerics). On PostgreSQL it is a named prepared statement, so each connection parses and plans it once.

type Executable = { execute: (...args: never[]) => Promise<unknown> };
type ResultOf<B> = B extends { execute: (...args: never[]) => Promise<infer R> } ? R : never;
type Built = { query: Query; fields: unknown; joinsNotNullableMap: unknown; name: string };
type Internal = {
  _prepare: () => { fields?: unknown; joinsNotNullableMap?: unknown };
  toSQL: () => Query;
};
type Session = {
  prepareQuery: (
    query: Query,
    fields: unknown,
    name: string | undefined,
    arrayMode: boolean,
  ) => { joinsNotNullableMap?: unknown; execute: (values: Record<string, unknown>) => Promise<unknown> };
};

const built = new Map<string, Built>();

/**
 * Runs the statement `build` makes, built the first time `key` is asked for and reused after. `build` must
 * depend on nothing but `key`: every value goes through `sql.placeholder(name)` and `values`. A key names one
 * SQL text for the whole process (a variant, say another lock, is another key).
 */
export function runBuiltOnce<B extends Executable>(
  db: DbOrTx,
  key: string,
  build: (db: DbOrTx) => B,
  values: Record<string, unknown>,
): Promise<ResultOf<B>> {
  let b = built.get(key);
  if (!b) {
    const builder = build(db) as unknown as Internal;
    const prepared = builder._prepare();
    b = {
      query: builder.toSQL(),
      fields: prepared.fields,
      joinsNotNullableMap: prepared.joinsNotNullableMap,
      // PostgreSQL's names are at most 63 bytes; one per SQL text in the process.
      name: `thidua_${built.size + 1}`,
    };
    built.set(key, b);
  }
  const session = db._.session as unknown as Session;
  const query = session.prepareQuery(b.query, b.fields, b.name, true);
  if (b.joinsNotNullableMap) query.joinsNotNullableMap = b.joinsNotNullableMap;
  return query.execute(values) as Promise<ResultOf<B>>;
}

/**
 * A placeholder encoded as `column` encodes its values (JSON for jsonb, ISO text for a timestamp), for a value
 * set or inserted: Drizzle encodes a bare placeholder only where it wraps it itself.
 */
export const boundTo = (column: Column, name: string): SQL =>
  sql`${sql.param(sql.placeholder(name), column as unknown as DriverValueEncoder<unknown, unknown>)}`;
