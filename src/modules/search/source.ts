import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "../auth/actor";

/**
 * One kind of searchable record. A source names its table (aliased `s`) and the SQL of its fields; the
 * search runs the same two queries over every source and merges them by rank. `doc` must be exactly the
 * expression indexed in the source's custom migration, which also feeds the typo lexicon:
 *   ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', f_unaccent(<doc>))) STORED;
 *   CREATE INDEX … USING gin (search_vector);
 *   CREATE INDEX … USING gin (lower(f_unaccent(<title>)) gin_trgm_ops);
 *   CREATE TRIGGER … AFTER INSERT OR UPDATE … EXECUTE FUNCTION search_lexicon_add('<title col>', '<body col>');
 */
export type SearchSource = {
  kind: string;
  /** Vietnamese name of the kind, for the filter chips. */
  label: string;
  /** The table; the search aliases it `s`. */
  table: string;
  id: SQL;
  title: SQL;
  /** Plain text of the body, for the snippet. */
  body: SQL;
  doc: SQL;
  /** The stored tsvector of `doc` (a generated column): s.search_vector. */
  vector: SQL;
  councilId: SQL;
  unitId: SQL;
  year: SQL;
  /** The web app's path of one record. */
  url: (id: string) => string;
  /** Extra condition for what this actor may see (council scoping is applied by the search). */
  visible: (actor: Actor) => SQL;
};

/**
 * The fields of a table written for search from the start: a title, its plain text in `search_text`, the
 * generated `search_vector`, and the council, unit and year columns under those names.
 */
export const TITLED_TEXT_FIELDS = {
  id: sql`s.id`,
  title: sql`s.title`,
  body: sql`s.search_text`,
  doc: sql`s.title || ' ' || s.search_text`,
  vector: sql`s.search_vector`,
  councilId: sql`s.council_id`,
  unitId: sql`s.unit_id`,
  year: sql`s.year`,
} satisfies Partial<SearchSource>;
