-- Search looks for the newest matches first, a time slice at a time, so a
-- common word no longer costs a visit to every article holding it (a quarter
-- of the archive for "dau tu cong"): lib/search/sql.ts asks for the last 30
-- days, then widens to 120, 480 and the rest only while a slice yields too
-- few matches. One GIN index holds the day, the category and the three
-- vectors, so a slice is an intersection done inside the index: it skips
-- through a common word's posting list to the few entries of the slice
-- instead of reading all of it, and only those rows' heap tuples are read.

-- GIN operator classes for plain integers and text (a "trusted" extension:
-- the database owner may create it).
CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public;

-- Days since 2000-01-01 of the first publication (UTC, as stored): the
-- coarse time key a slice is asked for by. Computed by the database from
-- "publishedAt", so it can never disagree with it.
ALTER TABLE "SearchEntry"
  ADD COLUMN "day" INTEGER NOT NULL GENERATED ALWAYS AS (("publishedAt"::date - DATE '2000-01-01')) STORED;

-- The category as a GIN key, so a search in one category intersects it in the
-- index instead of reading the other categories' matches: a number, as the
-- schema's index can only name int4_ops among btree_gin's classes. The first
-- 32 bits of the id's MD5 (documented and fixed, unlike internal hashes);
-- two categories sharing a key only cost a little speed, as the row's own
-- "categoryId" is still compared.
CREATE FUNCTION public.search_category_key(category_id text) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT ('x' || pg_catalog.substr(pg_catalog.md5(category_id), 1, 8))::bit(32)::integer $$;

ALTER TABLE "SearchEntry"
  ADD COLUMN "categoryKey" INTEGER NOT NULL GENERATED ALWAYS AS (public.search_category_key("categoryId")) STORED;

DROP INDEX "SearchEntry_vector_idx";
DROP INDEX "SearchEntry_pairs_idx";

-- "exact" is indexed too: whether a candidate holds the typed words with
-- their diacritics is then one index lookup for all candidates, not a read
-- of each candidate's "exact" vector back from TOAST.
--
-- fastupdate off: with it, new entries wait in a pending list (up to 4 MB)
-- that every search reads through in full until a vacuum merges it; a fresh
-- benchmark database had 393 such pages, 4 ms added to each of a search's
-- index scans. An article going live writes its entries at once instead, a
-- cost paid a few dozen times a day.
CREATE INDEX "SearchEntry_search_idx" ON "SearchEntry"
  USING GIN ("day" int4_ops, "categoryKey" int4_ops, "vector", "exact", "pairs")
  WITH (fastupdate = off);

-- Only news articles are searched, as published() says: the portal's own
-- pages (kind PAGE: about, contacts, English, footer) were kept here too,
-- counted in the totals though never shown.
CREATE OR REPLACE FUNCTION public.search_entry_from_article() RETURNS trigger
  LANGUAGE plpgsql SET search_path FROM CURRENT
  AS $$
  BEGIN
    IF NEW."liveRevisionId" IS NULL OR NEW."publishedAt" IS NULL OR NEW."kind" <> 'ARTICLE' THEN
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

DELETE FROM "SearchEntry" s USING "Article" a WHERE a.id = s."articleId" AND a."kind" <> 'ARTICLE';
