-- The audit trail is append-only: no code path may rewrite history, and the
-- database refuses it too. (Prisma's schema has no notion of triggers, so
-- this migration is hand-written and invisible to schema diffs.)
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_no_update_delete"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
