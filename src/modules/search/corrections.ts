import { withinOneEdit } from "../../core/text/one-edit";
import type { DbOrTx } from "../../db/types";
import { lexiconCandidates } from "./repo";

/**
 * Each word the lexicon does not know replaced by the lexicon's words one typo away (at most 5); known words
 * keep themselves, and the last keeps its completions. A word with no correction gets an empty list.
 */
export async function withCorrections(
  db: DbOrTx,
  asTyped: readonly string[][],
  words: readonly string[],
  known: ReadonlySet<string>,
): Promise<string[][]> {
  const out: string[][] = [];
  for (const [i, word] of words.entries()) {
    const typed = asTyped[i] ?? [];
    if (known.has(word) || word.length < 3) {
      out.push([...typed]);
      continue;
    }
    const candidates = await lexiconCandidates(db, word);
    const close = candidates
      .filter((c) => c !== word && withinOneEdit(c, word))
      .sort()
      .slice(0, 5);
    out.push([...new Set([...close, ...typed])]);
  }
  return out;
}
