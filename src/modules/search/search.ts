import { parseInput } from "../../contracts/parse";
import { type SearchHit, type SearchResponse, searchQuery } from "../../contracts/search";
import { highlight } from "../../core/text/highlight";
import { searchWords, tsQueryOf } from "../../core/text/search-words";
import type { Db } from "../../db/types";
import { type Actor, visibleCouncilIds } from "../auth/actor";
import { unitNameLookup } from "../reports/unit-names";
import { withCorrections } from "./corrections";
import { wordShares } from "./frequencies";
import { lookUpWords } from "./lexicon";
import { indexedPart, partialHits } from "./partial";
import { type Filters, fullTextHits, type HitRow, type Scoped, similarTitleHits } from "./repo";
import { searchSources } from "./sources";

type Found = { rows: HitRow[]; match: SearchHit["match"]; marks: string[] };

/**
 * Every word as typed (the last may be half typed); else each unknown word corrected by one typo; else the
 * rows holding the rarest words; else a similar title.
 */
async function find(
  db: Db,
  sources: Scoped[],
  words: string[],
  filters: Filters,
  limit: number,
): Promise<Found> {
  const [{ known, completions }, shares] = await Promise.all([
    lookUpWords(db, words),
    wordShares(
      db,
      sources.map((s) => s.source.table),
      words,
    ),
  ]);
  const last = words.length - 1;
  const asTyped = words.map((w, i) => [...(known.has(w) ? [w] : []), ...(i === last ? completions : [])]);
  if (asTyped.every((alts) => alts.length > 0)) {
    const query = { match: tsQueryOf(asTyped), indexed: indexedPart(asTyped, shares) };
    const exact = await fullTextHits(db, sources, query, filters, limit);
    if (exact.length > 0) return { rows: exact, match: "exact", marks: asTyped.flat() };
  }
  if (words.some((w) => !known.has(w))) {
    const corrected = await withCorrections(db, asTyped, words, known);
    if (corrected.every((alts) => alts.length > 0)) {
      const rows = await fullTextHits(db, sources, { match: tsQueryOf(corrected) }, filters, limit);
      if (rows.length > 0) return { rows, match: "fuzzy", marks: corrected.flat() };
    }
  }
  const knownWords = words.filter((w) => known.has(w));
  const partial = await partialHits(db, sources, knownWords, shares, words, filters, limit);
  if (partial.length > 0) return { rows: partial, match: "partial", marks: knownWords };
  return {
    rows: await similarTitleHits(db, sources, words.join(" "), filters, limit),
    match: "fuzzy",
    marks: words,
  };
}

/**
 * One search box over every source: diacritic-insensitive full text, typos corrected against the lexicon,
 * ranked, with highlighted snippets. Any query text answers (only its words reach SQL, as parameters).
 */
export async function search(args: { db: Db; actor: Actor; query: unknown }): Promise<SearchResponse> {
  const input = parseInput(searchQuery, args.query);
  const query = input.q.slice(0, 2000);
  const words = searchWords(query);
  const kinds = input.kind ? new Set(input.kind.split(",").map((k) => k.trim())) : null;
  const sources = searchSources
    .filter((s) => kinds === null || kinds.has(s.kind))
    .map((source) => ({ source, visible: source.visible(args.actor) }));
  const kindList = searchSources.map((s) => ({ kind: s.kind, label: s.label }));
  const councilIds = visibleCouncilIds(args.actor);
  if (words.length === 0 || sources.length === 0 || councilIds?.length === 0) {
    return { query, words, hits: [], kinds: kindList };
  }
  const filters = { councilIds, unitId: input.unitId, year: input.year };
  const found = await find(args.db, sources, words, filters, input.limit);
  const nameOf = await unitNameLookup(
    args.db,
    found.rows.map((r) => r.unit_id).filter((id): id is string => id !== null),
  );
  const urlOf = new Map(searchSources.map((s) => [s.kind, s.url]));
  const hits: SearchHit[] = found.rows.map((h) => {
    const year = h.year === null ? null : Number(h.year);
    return {
      kind: h.kind,
      id: h.id,
      title: h.title,
      titleHtml: highlight(h.title, found.marks, 400),
      snippet: highlight(h.body, found.marks),
      url: urlOf.get(h.kind)?.(h.id) ?? "/",
      unitId: h.unit_id,
      unitName: h.unit_id ? nameOf(h.unit_id, year) : null,
      year,
      match: found.match,
      rank: Number(h.rank),
    };
  });
  return { query, words, hits, kinds: kindList };
}
