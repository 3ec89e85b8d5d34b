-- Search across reports, practices and public-opinion reports (and later tasks and documents):
-- diacritic-insensitive full text, typos corrected against a lexicon of folded words (pg_trgm), and
-- title similarity as the last resort. Self-contained and idempotent.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is only STABLE (it reads its dictionary by search_path); naming the dictionary makes
-- this wrapper safe to declare IMMUTABLE, so it can be used in index expressions.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS search_lexicon_trgm ON search_lexicon USING gin (word gin_trgm_ops);
--> statement-breakpoint
-- Adds the folded words of the columns named in the trigger's arguments to the lexicon, in word order
-- so that concurrent writers take the lexicon's row locks in one order (no deadlock).
CREATE OR REPLACE FUNCTION search_lexicon_add() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  doc text := '';
  col text;
BEGIN
  FOREACH col IN ARRAY TG_ARGV LOOP
    doc := doc || ' ' || coalesce(to_jsonb(NEW) ->> col, '');
  END LOOP;
  INSERT INTO search_lexicon (word)
    SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple', f_unaccent(doc)))) AS w
    WHERE length(w) BETWEEN 2 AND 40 ORDER BY w
    ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- Stored, so ranking reads the vector instead of recomputing it for every match.
ALTER TABLE reports ADD COLUMN IF NOT EXISTS search_vector tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', f_unaccent(title || ' ' || search_text))) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS reports_search_fts ON reports USING gin (search_vector);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS reports_title_trgm ON reports USING gin (lower(f_unaccent(title)) gin_trgm_ops);
--> statement-breakpoint
DROP TRIGGER IF EXISTS reports_search_lexicon ON reports;
--> statement-breakpoint
CREATE TRIGGER reports_search_lexicon AFTER INSERT OR UPDATE OF title, search_text ON reports
  FOR EACH ROW EXECUTE FUNCTION search_lexicon_add('title', 'search_text');
--> statement-breakpoint
-- Stored, so ranking reads the vector instead of recomputing it for every match.
ALTER TABLE practices ADD COLUMN IF NOT EXISTS search_vector tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', f_unaccent(title || ' ' || search_text))) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS practices_search_fts ON practices USING gin (search_vector);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS practices_title_trgm ON practices USING gin (lower(f_unaccent(title)) gin_trgm_ops);
--> statement-breakpoint
DROP TRIGGER IF EXISTS practices_search_lexicon ON practices;
--> statement-breakpoint
CREATE TRIGGER practices_search_lexicon AFTER INSERT OR UPDATE OF title, search_text ON practices
  FOR EACH ROW EXECUTE FUNCTION search_lexicon_add('title', 'search_text');
--> statement-breakpoint
-- Stored, so ranking reads the vector instead of recomputing it for every match.
ALTER TABLE opinion_reports ADD COLUMN IF NOT EXISTS search_vector tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', f_unaccent(title || ' ' || search_text))) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS opinion_reports_search_fts ON opinion_reports USING gin (search_vector);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS opinion_reports_title_trgm ON opinion_reports
  USING gin (lower(f_unaccent(title)) gin_trgm_ops);
--> statement-breakpoint
DROP TRIGGER IF EXISTS opinion_reports_search_lexicon ON opinion_reports;
--> statement-breakpoint
CREATE TRIGGER opinion_reports_search_lexicon AFTER INSERT OR UPDATE OF title, search_text ON opinion_reports
  FOR EACH ROW EXECUTE FUNCTION search_lexicon_add('title', 'search_text');
