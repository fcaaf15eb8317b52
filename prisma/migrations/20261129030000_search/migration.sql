-- Public search in PostgreSQL itself: a tsvector of each revision's title,
-- lead and body, lowercased and stripped of diacritics, kept by the database
-- as a generated column and indexed with GIN. The search_fold()/
-- search_document() functions are also what lib/search calls on the query,
-- so both sides fold text the same way.

-- A "trusted" extension (PostgreSQL 13+): the database owner may create it
-- without superuser rights.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

-- unaccent() is only STABLE (its dictionary could change), so it cannot sit
-- in a generated column or an index. This wrapper is declared IMMUTABLE with
-- the dictionary and every name schema-qualified, so it means the same thing
-- whatever the search_path (pg_dump and restore run with an empty one).
-- Vietnamese: "Đầu Tư" -> "dau tu" (unaccent's rules map đ/Đ to d/D).
CREATE FUNCTION public.search_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT pg_catalog.lower(public.unaccent('public.unaccent'::regdictionary, input)) $$;

-- Title weighs most (A), then the lead (B), then the body (C). The 'simple'
-- configuration: no stemming and no stop words, which suit Vietnamese, whose
-- words are single syllables.
CREATE FUNCTION public.search_document(title text, lead text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT pg_catalog.setweight(pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, public.search_fold(coalesce(title, ''))), 'A')
        || pg_catalog.setweight(pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, public.search_fold(coalesce(lead, ''))), 'B')
        || pg_catalog.setweight(pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, public.search_fold(coalesce(body, ''))), 'C')
  $$;

-- The same text with its diacritics (lowercased only), unweighted and not
-- indexed: read only for rows the GIN index already matched, so results
-- whose diacritics match the query exactly rank first ("đầu tư" over "dầu tư").
CREATE FUNCTION public.search_exact_document(title text, lead text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT pg_catalog.to_tsvector('pg_catalog.simple'::regconfig,
      coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(body, ''))
  $$;

-- AlterTable
ALTER TABLE "ArticleRevision"
  ADD COLUMN "searchVector" tsvector
    GENERATED ALWAYS AS (public.search_document("title", "lead", "body")) STORED,
  ADD COLUMN "searchExact" tsvector
    GENERATED ALWAYS AS (public.search_exact_document("title", "lead", "body")) STORED;

-- CreateTable
CREATE TABLE "SearchLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "query" TEXT NOT NULL,
    "resultCount" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "SearchLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchLog_at_idx" ON "SearchLog"("at");

-- CreateIndex
CREATE INDEX "ArticleRevision_searchVector_idx" ON "ArticleRevision" USING GIN ("searchVector");
