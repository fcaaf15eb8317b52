-- Public search reads one narrow table, "SearchEntry": a row per published
-- article (its live revision's words, publication date and category) and
-- nothing else. A common word matches tens of thousands of articles; on the
-- wide revision rows PostgreSQL had to visit one heap page per match, here
-- the rows are small (the vectors live out of line, in TOAST) so every match
-- is read from about a thousand pages, and a vector is only read for the
-- few candidates that are ranked.
--
-- The table is kept by a trigger on "Article", in the same transaction as the
-- change that causes it: an article enters when it gets a live revision and
-- a publication date, follows them (a new revision going live, a new
-- category), and leaves when it is taken down. Nothing in the application
-- writes it. A revision's text never changes once it is live (an amendment
-- is a new revision), so the article's row is the only one to watch. A row whose publication date is still ahead
-- (approved for later) is there but not searched: the query asks for
-- "publishedAt" <= now, the rest of the published() rule.

-- The revision's own search columns are no longer read; dropping them spares
-- every draft save the work of building two vectors.
DROP INDEX "ArticleRevision_searchVector_idx";
ALTER TABLE "ArticleRevision" DROP COLUMN "searchVector", DROP COLUMN "searchExact";

-- CreateTable
CREATE TABLE "SearchEntry" (
    "articleId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "categoryId" TEXT NOT NULL,
    "vector" tsvector NOT NULL,
    "exact" tsvector NOT NULL,
    "pairs" tsvector NOT NULL,

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("articleId")
);

-- Vectors always out of line, uncompressed (reading one back is a copy):
-- a heap row is then under a hundred bytes.
ALTER TABLE "SearchEntry"
  ALTER COLUMN "vector" SET STORAGE EXTERNAL,
  ALTER COLUMN "exact" SET STORAGE EXTERNAL,
  ALTER COLUMN "pairs" SET STORAGE EXTERNAL;
ALTER TABLE "SearchEntry" SET (toast_tuple_target = 128);

-- CreateIndex
CREATE INDEX "SearchEntry_vector_idx" ON "SearchEntry" USING GIN ("vector");

-- CreateIndex
CREATE INDEX "SearchEntry_pairs_idx" ON "SearchEntry" USING GIN ("pairs");

-- No b-tree on the category or the date: the filters are read from the
-- small heap rows of what the GIN index matched. With such an index the
-- planner would walk it and test each row's vector, read back from TOAST, a
-- cost it does not see (a hundred times slower for a common word).

-- AddForeignKey
ALTER TABLE "SearchEntry" ADD CONSTRAINT "SearchEntry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every pair of adjacent words of a folded document, as one lexeme each
-- ("nen tang", "tang so"), without positions. A quoted phrase of common words
-- ("nền tảng số") matches each word in a quarter of the archive, and checking
-- word order means reading every one of those vectors back; its pairs are
-- rare, so the "pairs" index narrows the rows to (nearly) those holding the
-- phrase before the order is checked.
CREATE FUNCTION public.search_pairs(doc tsvector) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    WITH w AS (
      SELECT u.lexeme, p FROM pg_catalog.unnest(doc) u, pg_catalog.unnest(u.positions) p
    )
    SELECT pg_catalog.array_to_tsvector(coalesce(array_agg(DISTINCT a.lexeme || ' ' || b.lexeme), '{}'))
    FROM w a JOIN w b ON b.p = a.p + 1
  $$;

-- The pairs of a phrase, folded as documents are, all required: a tsquery
-- built from lexemes quoted here (a quote or backslash in one is escaped),
-- never from the text as typed. Null when the phrase has fewer than two words.
CREATE FUNCTION public.search_pairs_query(phrase text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT pg_catalog.string_agg(
             '''' || pg_catalog.replace(pg_catalog.replace(pair, '\', '\\'), '''', '''''') || '''',
             ' & ')::tsquery
    FROM pg_catalog.unnest(pg_catalog.tsvector_to_array(public.search_pairs(
      pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, public.search_fold(phrase))))) pair
  $$;

-- A revision's two vectors. "exact" keeps only the words with their
-- diacritics, without positions: it answers "are all the typed words there
-- exactly", which is all ranking asks of it.
CREATE FUNCTION public.search_entry_document(title text, lead text, body text,
    OUT vector tsvector, OUT exact tsvector)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT public.search_document(title, lead, body),
           pg_catalog.strip(public.search_exact_document(title, lead, body))
  $$;

CREATE FUNCTION public.search_entry_from_article() RETURNS trigger
  LANGUAGE plpgsql SET search_path FROM CURRENT
  AS $$
  BEGIN
    IF NEW."liveRevisionId" IS NULL OR NEW."publishedAt" IS NULL THEN
      DELETE FROM "SearchEntry" WHERE "articleId" = NEW.id;
    ELSIF TG_OP = 'UPDATE' AND NEW."liveRevisionId" = OLD."liveRevisionId"
          AND OLD."publishedAt" IS NOT NULL THEN
      UPDATE "SearchEntry" SET "publishedAt" = NEW."publishedAt", "categoryId" = NEW."categoryId"
      WHERE "articleId" = NEW.id;
    ELSE
      INSERT INTO "SearchEntry" ("articleId", "publishedAt", "categoryId", "vector", "exact", "pairs")
      SELECT NEW.id, NEW."publishedAt", NEW."categoryId", d.vector, d.exact, public.search_pairs(d.vector)
      FROM "ArticleRevision" r, LATERAL public.search_entry_document(r.title, r.lead, r.body) d
      WHERE r.id = NEW."liveRevisionId"
      ON CONFLICT ("articleId") DO UPDATE SET
        "publishedAt" = EXCLUDED."publishedAt", "categoryId" = EXCLUDED."categoryId",
        "vector" = EXCLUDED."vector", "exact" = EXCLUDED."exact", "pairs" = EXCLUDED."pairs";
    END IF;
    RETURN NULL;
  END $$;

CREATE TRIGGER "SearchEntry_from_article"
  AFTER INSERT OR UPDATE OF "liveRevisionId", "publishedAt", "categoryId" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION public.search_entry_from_article();

-- Every article already published.
INSERT INTO "SearchEntry" ("articleId", "publishedAt", "categoryId", "vector", "exact", "pairs")
SELECT a.id, a."publishedAt", a."categoryId", d.vector, d.exact, public.search_pairs(d.vector)
FROM "Article" a JOIN "ArticleRevision" r ON r.id = a."liveRevisionId",
     LATERAL public.search_entry_document(r.title, r.lead, r.body) d
WHERE a."publishedAt" IS NOT NULL;
