import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types";

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** How common a query's words are, from the planner's statistics of the stored vectors (ANALYZE, autovacuum). */
export type WordShares = {
  /** False when no source has statistics (never analysed): every share is then 0. */
  measured: boolean;
  /** Rows of the largest source. */
  rows: number;
  /** The share of rows holding the word; for a word the statistics do not list, the least share they list. */
  shareOf: (word: string) => number;
};

export async function wordShares(
  db: DbOrTx,
  tables: readonly string[],
  words: readonly string[],
): Promise<WordShares> {
  const list = (items: readonly string[]) =>
    sql.join(
      items.map((w) => sql`${w}`),
      sql`, `,
    );
  // most_common_elem_freqs lists one share per element, then the least and the greatest of them.
  const result = await db.execute(sql`
    WITH st AS (
      SELECT s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs, c.reltuples
      FROM pg_stats s JOIN pg_class c ON c.oid = to_regclass(quote_ident(s.schemaname) || '.' || quote_ident(s.tablename))
      WHERE s.schemaname = current_schema() AND s.attname = 'search_vector' AND s.tablename IN (${list(tables)})
    )
    SELECT NULL AS word, max(reltuples)::float8 AS value, max(freqs[array_length(elems, 1) + 1])::float8 AS least
      FROM st HAVING count(*) > 0
    UNION ALL
    SELECT e.word, max(e.freq)::float8, NULL FROM st, unnest(st.elems, st.freqs) AS e(word, freq)
      WHERE e.word IN (${list(words)}) GROUP BY e.word`);
  const rows = rowsOf<{ word: string | null; value: number; least: number | null }>(result);
  const totals = rows.find((r) => r.word === null);
  const share = new Map(rows.filter((r) => r.word !== null).map((r) => [r.word as string, Number(r.value)]));
  const least = Number(totals?.least ?? 0);
  return {
    measured: totals !== undefined,
    rows: Number(totals?.value ?? 0),
    shareOf: (word) => share.get(word) ?? least,
  };
}
