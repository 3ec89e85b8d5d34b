import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types";

/** What the lexicon (every folded word of every source) knows of a query's words. */
export type WordsKnown = {
  /** The query's words that occur somewhere; a one-letter word always may (the lexicon keeps 2 letters up). */
  known: Set<string>;
  /** Longer words that begin with the last word, shortest first: the last word may be half typed. */
  completions: string[];
};

/** Enough completions for a half-typed syllable ("tha" → than, thanh, thap…) while keeping the query small. */
const COMPLETIONS = 16;

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * One statement for the whole query. Completions come from the lexicon rather than a `word:*` prefix in the
 * full-text query: a prefix of a common word makes the index gather every row holding any word it begins
 * (600,000 of 1,000,000 for "luan:*"), which was most of a search's time.
 */
export async function lookUpWords(db: DbOrTx, words: readonly string[]): Promise<WordsKnown> {
  const last = words.at(-1) ?? "";
  const result = await db.execute(sql`
    SELECT word, false AS completion FROM search_lexicon WHERE word IN (${sql.join(
      words.map((w) => sql`${w}`),
      sql`, `,
    )})
    UNION ALL
    (SELECT word, true FROM search_lexicon WHERE word LIKE ${`${last}%`} AND word <> ${last}
      ORDER BY length(word), word LIMIT ${COMPLETIONS})`);
  const rows = rowsOf<{ word: string; completion: boolean }>(result);
  const known = new Set(words.filter((w) => w.length < 2));
  for (const r of rows) if (!r.completion) known.add(r.word);
  return { known, completions: rows.filter((r) => r.completion).map((r) => r.word) };
}
