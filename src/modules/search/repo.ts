import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types";
import type { SearchSource } from "./source";
import { inUuids } from "./visibility";

export type Filters = { councilIds: string[] | null; unitId?: string; year?: number };
export type HitRow = {
  kind: string;
  id: string;
  title: string;
  body: string;
  unit_id: string | null;
  year: number | null;
  rank: number;
};
export type Scoped = { source: SearchSource; visible: SQL };

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

function conditions(source: SearchSource, filters: Filters, visible: SQL): SQL {
  const parts = [visible];
  if (filters.councilIds !== null) parts.push(inUuids(source.councilId, filters.councilIds));
  if (filters.unitId) parts.push(sql`${source.unitId} = ${filters.unitId}::uuid`);
  if (filters.year !== undefined) parts.push(sql`${source.year} = ${filters.year}`);
  return sql.join(parts, sql` AND `);
}

function columns(source: SearchSource, rank: SQL): SQL {
  return sql`${source.kind}::text AS kind, ${source.id}::text AS id, ${source.title} AS title,
    ${source.body} AS body, ${source.unitId}::text AS unit_id, ${source.year}::int AS year, (${rank})::float8 AS rank`;
}

async function union(db: DbOrTx, parts: SQL[], limit: number): Promise<HitRow[]> {
  const result = await db.execute(
    sql`SELECT * FROM (${sql.join(parts, sql` UNION ALL `)}) hits ORDER BY rank DESC, title, id LIMIT ${limit}`,
  );
  return rowsOf<HitRow>(result);
}

/** Most matches ranked per source: a very common word ranks the first this many, keeping latency bounded. */
const RANK_CANDIDATES = 200;

/** to_tsquery texts: what a row must match, the part of it the index looks up, and what ranks the rows. */
export type TextQuery = {
  match: string;
  /** The rarest words of `match` (see indexedPart): the index reads only theirs; the rest is checked on those rows. */
  indexed?: string;
  rankBy?: string;
};

const tsQuery = (text: string) => sql`to_tsquery('simple', f_unaccent(${text}))`;

/** Full-text matches, ranked by ts_rank_cd with the title counted twice. */
export async function fullTextHits(
  db: DbOrTx,
  sources: readonly Scoped[],
  query: TextQuery,
  filters: Filters,
  limit: number,
): Promise<HitRow[]> {
  const q = tsQuery(query.rankBy ?? query.match);
  // A function call is not an index condition, so the planner keeps it for the rows the index returns.
  const where = (vector: SQL) =>
    query.indexed === undefined
      ? sql`${vector} @@ ${tsQuery(query.match)}`
      : sql`${vector} @@ ${tsQuery(query.indexed)} AND ts_match_vq(${vector}, ${tsQuery(query.match)})`;
  const parts = sources.map(({ source, visible }) => {
    const titleVector = sql`to_tsvector('simple', f_unaccent(${source.title}))`;
    const rank = sql`ts_rank_cd(${source.vector}, ${q}) + ts_rank_cd(${titleVector}, ${q})`;
    return sql`(SELECT ${columns(source, rank)} FROM (SELECT * FROM ${sql.identifier(source.table)} s
      WHERE ${where(source.vector)} AND ${conditions(source, filters, visible)} LIMIT ${RANK_CANDIDATES}) s)`;
  });
  return union(db, parts, limit);
}

/** Titles similar to the folded query (pg_trgm), for what neither the words nor their corrections find. */
export async function similarTitleHits(
  db: DbOrTx,
  sources: readonly Scoped[],
  folded: string,
  filters: Filters,
  limit: number,
): Promise<HitRow[]> {
  const parts = sources.map(({ source, visible }) => {
    const title = sql`lower(f_unaccent(${source.title}))`;
    return sql`(SELECT ${columns(source, sql`similarity(${title}, ${folded})`)} FROM ${sql.identifier(source.table)} s
      WHERE ${title} % ${folded} AND ${conditions(source, filters, visible)})`;
  });
  return union(db, parts, limit);
}

/** Lexicon words that may be a typo of `word`: one letter longer or shorter, or similar by trigrams. */
export async function lexiconCandidates(db: DbOrTx, word: string): Promise<string[]> {
  const result = await db.execute(sql`SELECT word FROM search_lexicon
    WHERE (length(word) BETWEEN ${word.length - 1} AND ${word.length + 1}
           AND (left(word, 1) = left(${word}, 1) OR right(word, 1) = right(${word}, 1)))
       OR word % ${word}
    LIMIT 2000`);
  return rowsOf<{ word: string }>(result).map((r) => r.word);
}
