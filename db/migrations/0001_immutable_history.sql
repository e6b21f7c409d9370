-- Published revisions and audit events are history: once written they never change.
CREATE FUNCTION claimmark_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER article_revisions_immutable BEFORE UPDATE ON article_revisions
  FOR EACH ROW EXECUTE FUNCTION claimmark_forbid_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION claimmark_forbid_change();
