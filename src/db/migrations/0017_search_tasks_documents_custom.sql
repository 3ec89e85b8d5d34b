-- Key tasks and reference documents (resolutions, plans) join the search, as in 0007 for reports:
-- a stored, folded full-text vector with its GIN index, a trigram index on the title, and the lexicon fed
-- by a trigger. Existing rows' words are added to the lexicon here. Idempotent.
ALTER TABLE tasks ADD COLUMN IF NOT EXISTS search_vector tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', f_unaccent(title || ' ' || description))) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS tasks_search_fts ON tasks USING gin (search_vector);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS tasks_title_trgm ON tasks USING gin (lower(f_unaccent(title)) gin_trgm_ops);
--> statement-breakpoint
DROP TRIGGER IF EXISTS tasks_search_lexicon ON tasks;
--> statement-breakpoint
CREATE TRIGGER tasks_search_lexicon AFTER INSERT OR UPDATE OF title, description ON tasks
  FOR EACH ROW EXECUTE FUNCTION search_lexicon_add('title', 'description');
--> statement-breakpoint
ALTER TABLE reference_documents ADD COLUMN IF NOT EXISTS search_vector tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', f_unaccent(title || ' ' || symbol || ' ' || issuing_body))) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS reference_documents_search_fts ON reference_documents USING gin (search_vector);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS reference_documents_title_trgm ON reference_documents
  USING gin (lower(f_unaccent(title)) gin_trgm_ops);
--> statement-breakpoint
DROP TRIGGER IF EXISTS reference_documents_search_lexicon ON reference_documents;
--> statement-breakpoint
CREATE TRIGGER reference_documents_search_lexicon AFTER INSERT OR UPDATE OF title, symbol, issuing_body
  ON reference_documents FOR EACH ROW EXECUTE FUNCTION search_lexicon_add('title', 'symbol', 'issuing_body');
--> statement-breakpoint
INSERT INTO search_lexicon (word)
  SELECT DISTINCT w FROM (
    SELECT unnest(tsvector_to_array(search_vector)) AS w FROM tasks
    UNION ALL
    SELECT unnest(tsvector_to_array(search_vector)) FROM reference_documents
  ) words
  WHERE length(w) BETWEEN 2 AND 40
  ORDER BY w
  ON CONFLICT DO NOTHING;
