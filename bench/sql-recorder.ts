// Records the SQL an endpoint runs on PGlite (statement, parameters, options, in a transaction or not),
// so the very same statements can be replayed in a loop without HTTP, Hono, Zod, Drizzle or JSON.

import type { PGlite, QueryOptions, Transaction } from "@electric-sql/pglite";

type Statement = { text: string; params: unknown[] | undefined; options: QueryOptions | undefined };
/** A statement on its own, or the statements of one transaction. */
export type Step = { kind: "query"; statement: Statement } | { kind: "transaction"; statements: Statement[] };

/** Runs `action` while recording every statement it sends to `client`; the client is restored after. */
export async function recordSql(client: PGlite, action: () => Promise<void>): Promise<Step[]> {
  const steps: Step[] = [];
  const query = client.query;
  const transaction = client.transaction;
  client.query = (async (text: string, params?: unknown[], options?: QueryOptions) => {
    steps.push({ kind: "query", statement: { text, params, options } });
    return query.call(client, text, params, options);
  }) as PGlite["query"];
  client.transaction = (async <T>(callback: (tx: Transaction) => Promise<T>): Promise<T> => {
    const statements: Statement[] = [];
    steps.push({ kind: "transaction", statements });
    return transaction.call(client, async (tx: Transaction) => {
      const txQuery = tx.query;
      tx.query = (async (text: string, params?: unknown[], options?: QueryOptions) => {
        statements.push({ text, params, options });
        return txQuery.call(tx, text, params, options);
      }) as Transaction["query"];
      return callback(tx);
    }) as Promise<T>;
  }) as PGlite["transaction"];
  try {
    await action();
  } finally {
    client.query = query;
    client.transaction = transaction;
  }
  return steps;
}

/** Runs the recorded statements once, in order, as they were run. */
export async function replaySql(client: PGlite, steps: readonly Step[]): Promise<void> {
  for (const step of steps) {
    if (step.kind === "query") {
      await client.query(step.statement.text, step.statement.params, step.statement.options);
    } else {
      await client.transaction(async (tx) => {
        for (const s of step.statements) await tx.query(s.text, s.params, s.options);
      });
    }
  }
}

export const statementCount = (steps: readonly Step[]): number =>
  steps.reduce((n, s) => n + (s.kind === "query" ? 1 : s.statements.length), 0);
