-- The ranking's data-version read counts each assessment's evidence files (entity_id is "<assessment id>:<criterion>"):
-- an index on the assessment part, so that costs the assessment's own files only, whatever the collation.
CREATE INDEX IF NOT EXISTS "files_evidence_assessment_idx" ON "files" ((split_part("entity_id", ':', 1))) WHERE "entity" = 'evidence';
