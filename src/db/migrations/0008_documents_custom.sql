-- An issued document is a record: its number and content never change and it is never deleted.
CREATE OR REPLACE FUNCTION issued_documents_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'issued_documents: an issued document cannot be changed or deleted (%)', OLD.id
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS issued_documents_immutable ON issued_documents;
--> statement-breakpoint
CREATE TRIGGER issued_documents_immutable BEFORE UPDATE OR DELETE ON issued_documents
  FOR EACH ROW EXECUTE FUNCTION issued_documents_refuse_change();
