import { tsQueryOf } from "../../core/text/search-words";
import type { DbOrTx } from "../../db/types";
import type { WordShares } from "./frequencies";
import { type Filters, fullTextHits, type HitRow, type Scoped } from "./repo";

/** Rarest first; among equals, the longer word. */
const byRarity = (shares: WordShares) => (a: string, b: string) =>
  shares.shareOf(a) - shares.shareOf(b) || b.length - a.length;

/** About this many rows, read one by one to check the other words, cost less than the index's list of a common word. */
const ROWS_TO_CHECK = 200;
/** A word in more rows than this narrows too little for the index to read its list. */
const TOO_COMMON = 0.2;

/**
 * The rarest words of a query, as few as leave about ROWS_TO_CHECK rows (words taken as independent), and none
 * in more than a fifth of the rows, for the index to look up; the rest is checked on those rows. Undefined when that is the whole query or the tables have
 * no statistics. The index otherwise reads every word's list of rows, and a common word's is most of the table.
 */
export function indexedPart(groups: readonly (readonly string[])[], shares: WordShares): string | undefined {
  if (!shares.measured) return undefined;
  const single = groups
    .filter((g) => g.length === 1)
    .map((g) => g[0] as string)
    .filter((w) => shares.shareOf(w) <= TOO_COMMON);
  const taken: string[] = [];
  let expected = shares.rows;
  for (const word of single.sort(byRarity(shares))) {
    if (expected <= ROWS_TO_CHECK) break;
    taken.push(word);
    expected *= shares.shareOf(word);
  }
  return taken.length > 0 && taken.length < groups.length ? tsQueryOf(taken.map((w) => [w])) : undefined;
}

/**
 * When no row holds every word: the rows holding the two rarest known words (else the rarest one), ranked by
 * how many of all the words they hold. Only the rarest words go to the index, so the work stays bounded
 * however common the other words are (an OR over common words reads most of the table).
 */
export async function partialHits(
  db: DbOrTx,
  sources: readonly Scoped[],
  known: readonly string[],
  shares: WordShares,
  words: readonly string[],
  filters: Filters,
  limit: number,
): Promise<HitRow[]> {
  const rarest = [...known].sort(byRarity(shares));
  const rankBy = tsQueryOf([known]);
  for (const take of [2, 1]) {
    // Taking every word of the query again is the exact search, which found nothing.
    if (take > rarest.length || take === words.length) continue;
    const match = tsQueryOf(rarest.slice(0, take).map((w) => [w]));
    const rows = await fullTextHits(db, sources, { match, rankBy }, filters, limit);
    if (rows.length > 0) return rows;
  }
  return [];
}
