-- Search looks for the newest matches first, a time slice at a time, so a
-- common word no longer costs a visit to every article holding it (a quarter
-- of the archive for "dau tu cong"): lib/search/sql.ts asks for the last 30
-- days, then widens to 120, 480 and the rest only while a slice yields too
-- few matches. One GIN index holds the day and the three
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

DROP INDEX "SearchEntry_vector_idx";
DROP INDEX "SearchEntry_pairs_idx";

-- "exact" is indexed too: whether a candidate holds the typed words with
-- their diacritics is then one index lookup for all candidates, not a read
-- of each candidate's "exact" vector back from TOAST.
CREATE INDEX "SearchEntry_search_idx" ON "SearchEntry"
  USING GIN ("day" int4_ops, "vector", "exact", "pairs");
