-- Row triggers do not fire on TRUNCATE, so the append-only rule of the audit
-- trail needs a statement-level trigger too. A TRUNCATE reaching the table by
-- CASCADE (from "User") is refused as well. Hand-written: Prisma's schema has
-- no notion of triggers.
CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
