// Counts the SQL statements the app sends while a load runs, on either database: PGlite's client (its
// queries and the statements inside its transactions) or every pg client of the process (BEGIN and
// COMMIT included there, so PostgreSQL's count is higher by two per transaction).

import type { PGlite, Transaction } from "@electric-sql/pglite";
import pg from "pg";
import type { HttpServer } from "./http-setup";

export type SqlCounter = { count: () => number; stop: () => void };

export function countSql(server: HttpServer): SqlCounter {
  let n = 0;
  if (server.client)
    return countPglite(
      server.client,
      () => n++,
      () => n,
    );
  return { count: () => n, stop: watchPgQueries(() => n++) };
}

/** Calls `seen` with the arguments of every query any pg client of this process sends; returns the stop. */
export function watchPgQueries(seen: (args: unknown[]) => void): () => void {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const query = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    seen(args);
    return query.apply(this, args);
  };
  return () => {
    proto.query = query;
  };
}

function countPglite(client: PGlite, tick: () => void, read: () => number): SqlCounter {
  const query = client.query;
  const transaction = client.transaction;
  client.query = ((...args: Parameters<PGlite["query"]>) => {
    tick();
    return query.apply(client, args);
  }) as PGlite["query"];
  client.transaction = (<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> =>
    transaction.call(client, (tx: Transaction) => {
      const txQuery = tx.query;
      tx.query = ((...args: Parameters<Transaction["query"]>) => {
        tick();
        return txQuery.apply(tx, args);
      }) as Transaction["query"];
      return callback(tx);
    }) as Promise<T>) as PGlite["transaction"];
  return {
    count: read,
    stop: () => {
      client.query = query;
      client.transaction = transaction;
    },
  };
}
