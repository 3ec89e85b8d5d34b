-- Links each new audit row into its council's chain at commit (a deferred constraint trigger), so the
-- council's head is locked only for the commit itself, never across a round trip to the application.
-- hash = sha256(previous hash || "\n" || seq || "\n" || digest), digest = the application's sha256 of the
-- row's content (modules/audit/hash.ts). Rows that arrive already linked (a restore) are left as they are.
CREATE OR REPLACE FUNCTION audit_seal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head record;
  linked text;
BEGIN
  IF NEW.digest IS NULL THEN
    RAISE EXCEPTION 'audit_log row % has neither hash nor digest', NEW.id;
  END IF;
  SELECT last_seq, last_hash INTO head FROM audit_heads WHERE council_id = NEW.council_id FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO audit_heads (council_id, last_seq, last_hash) VALUES (NEW.council_id, 0, repeat('0', 64))
      ON CONFLICT DO NOTHING;
    SELECT last_seq, last_hash INTO head FROM audit_heads WHERE council_id = NEW.council_id FOR UPDATE;
  END IF;
  linked := encode(sha256(convert_to(head.last_hash || E'\n' || (head.last_seq + 1) || E'\n' || NEW.digest, 'UTF8')), 'hex');
  UPDATE audit_log SET seq = head.last_seq + 1, prev_hash = head.last_hash, hash = linked WHERE id = NEW.id;
  UPDATE audit_heads SET last_seq = head.last_seq + 1, last_hash = linked WHERE council_id = NEW.council_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_seal ON audit_log;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_seal AFTER INSERT ON audit_log DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.hash IS NULL) EXECUTE FUNCTION audit_seal();
