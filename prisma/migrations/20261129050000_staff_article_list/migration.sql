-- The staff article list searches titles with or without Vietnamese
-- diacritics ("dau tu" finds "Đầu tư"). unaccent() is only STABLE (its
-- dictionary could change), so an index needs an IMMUTABLE wrapper that names
-- the dictionary explicitly; a trigram index then serves the ILIKE '%…%'.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE OR REPLACE FUNCTION staff_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

CREATE INDEX "ArticleRevision_title_fold_idx"
  ON "ArticleRevision" USING gin (staff_fold(title) gin_trgm_ops);

-- Sorting the list by last change.
CREATE INDEX "ArticleRevision_updatedAt_idx" ON "ArticleRevision"("updatedAt");

-- Audit log filters: by actor and by action, newest first.
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");
