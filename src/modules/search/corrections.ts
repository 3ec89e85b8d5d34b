import { withinOneEdit } from "../../core/text/one-edit";
import type { DbOrTx } from "../../db/types";
import { lexiconCandidates } from "./repo";

/** For each word, the lexicon's words one typo away (at most 5); a word the lexicon knows keeps itself. */
export async function correctionsOf(db: DbOrTx, words: readonly string[]): Promise<string[][]> {
  const out: string[][] = [];
  for (const word of words) {
    if (word.length < 3) {
      out.push([word]);
      continue;
    }
    const candidates = await lexiconCandidates(db, word);
    const close = candidates
      .filter((c) => c !== word && withinOneEdit(c, word))
      .sort()
      .slice(0, 5);
    out.push([word, ...close]);
  }
  return out;
}

/** A to_tsquery text where each word may be any of its corrections; the last also as a prefix. */
export function tsQueryOfAlternatives(alternatives: readonly string[][]): string {
  return alternatives
    .map((alts, i) => {
      const terms = alts.map((w, j) => (i === alternatives.length - 1 && j === 0 ? `${w}:*` : w));
      return `(${terms.join(" | ")})`;
    })
    .join(" & ");
}
