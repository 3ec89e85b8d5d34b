import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types";

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * The share of rows holding each word, in the sources where it is most common, from the planner's statistics
 * of the stored vectors (kept by ANALYZE / autovacuum). A word they do not list is rarer than every word they
 * do, so it counts as 0; without statistics (a table never analysed) every word counts as 0.
 */
export async function wordFrequencies(
  db: DbOrTx,
  tables: readonly string[],
  words: readonly string[],
): Promise<Map<string, number>> {
  const list = (items: readonly string[]) =>
    sql.join(
      items.map((w) => sql`${w}`),
      sql`, `,
    );
  const result = await db.execute(sql`
    SELECT e.word, max(e.freq)::float8 AS freq
    FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(word, freq)
    WHERE s.schemaname = current_schema() AND s.attname = 'search_vector' AND s.tablename IN (${list(tables)})
      AND e.word IN (${list(words)})
    GROUP BY e.word`);
  return new Map(rowsOf<{ word: string; freq: number }>(result).map((r) => [r.word, Number(r.freq)]));
}
