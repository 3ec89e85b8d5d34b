import { tsQueryOf } from "../../core/text/search-words";
import type { DbOrTx } from "../../db/types";
import { type Filters, fullTextHits, type HitRow, type Scoped } from "./repo";

type Frequencies = ReadonlyMap<string, number>;

/** Rarest first (by the share of rows holding the word); among equals, the longer word. */
const byRarity = (frequency: Frequencies) => (a: string, b: string) =>
  (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || b.length - a.length;

/**
 * When no row holds every word: the rows holding the two rarest known words (else the rarest one), ranked by
 * how many of all the words they hold. Only the rarest words go to the index, so the work stays bounded
 * however common the other words are (an OR over common words reads most of the table).
 */
export async function partialHits(
  db: DbOrTx,
  sources: readonly Scoped[],
  known: readonly string[],
  frequency: Frequencies,
  words: readonly string[],
  filters: Filters,
  limit: number,
): Promise<HitRow[]> {
  const rarest = [...known].sort(byRarity(frequency));
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
