-- Near-duplicate grouping without re-reading every candidate's text.
-- feedback_store() compared a new text with each of its scope's 100 newest
-- items through similarity(search_fold(left(body, 500)), ...): per candidate,
-- a fold and two trigram extractions, about 30 µs, so about 3 ms of database
-- CPU on every submission. Each item's trigrams are now extracted once, when
-- its body is written (a generated column, so blanking or editing a body
-- updates them too), and a candidate costs one merge of two sorted trigram
-- sets in C, about 3 µs: the same similarity, counted exactly as pg_trgm
-- counts it (shared trigrams over the union of both sets).
--
-- A trigram index over the whole scope was measured and rejected. With
-- 5,400 texts that differ in a few numbers (a campaign template, or the load
-- test's), nearly all of them pass an index's 0.8 bound: a GiST search by
-- distance (any siglen from 12 to 1024 bytes) read most of the index, 2 to
-- 4 ms, and a GIN search with % rechecked every row, over 200 ms. This
-- window of 100 costs about 0.4 ms whatever the texts.

-- The folded text's distinct trigrams, as pg_trgm's similarity() extracts
-- them (show_trgm), kept as a tsvector: a sorted set whose size is length()
-- and which || merges with another in C.
CREATE FUNCTION public.fold_trigrams(input text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT pg_catalog.array_to_tsvector(public.show_trgm(public.search_fold(input))) $$;

-- Only the beginning of long texts is compared (formerly the argument
-- p_compared of feedback_store()): enough to tell, bounded in size.
ALTER TABLE "Feedback" ADD COLUMN "bodyTrigrams" tsvector
  GENERATED ALWAYS AS (public.fold_trigrams(left("body", 500))) STORED;

DROP FUNCTION public.feedback_store(text, text, "FeedbackKind", text, text, text,
  "CommentStance", "CommenterType", text, boolean, text, text, text, text, text, text,
  double precision, timestamp(3), timestamp(3), integer, timestamp(3), integer,
  timestamp(3), integer, integer, integer, real);

CREATE FUNCTION public.feedback_store(
  p_id text,
  p_article_id text,
  p_kind "FeedbackKind",
  p_consultation_id text,
  p_version_id text,
  p_unit_id text,
  p_stance "CommentStance",
  p_commenter_type "CommenterType",
  p_name text,
  p_anonymous boolean,
  p_body text,
  p_email text,
  p_email_hash text,
  p_source_hash text,
  p_token_hash text,
  p_consent_version text,
  p_spam_score double precision,
  p_now timestamp(3),
  -- limits: per email in a burst and a day, per address in a window
  p_burst_since timestamp(3),
  p_burst_max integer,
  p_day_since timestamp(3),
  p_day_max integer,
  p_address_since timestamp(3),
  p_address_max integer,
  -- grouping: how many recent items, what similarity
  p_candidates integer,
  p_near real,
  OUT status text,
  OUT group_id text
) LANGUAGE plpgsql AS $$
DECLARE
  burst integer;
  day integer;
  from_address integer;
  trigrams tsvector;
  match record;
BEGIN
  -- One person's parallel posts wait for each other, so each counts the others.
  PERFORM pg_advisory_xact_lock(hashtextextended(p_email_hash, 17));

  SELECT count(*) FILTER (WHERE "createdAt" >= p_burst_since), count(*)
    INTO burst, day
    FROM "Feedback" WHERE "emailHash" = p_email_hash AND "createdAt" >= p_day_since;
  IF burst >= p_burst_max OR day >= p_day_max THEN
    status := 'email';
    RETURN;
  END IF;

  -- Past the address limit, people who confirmed an email before still pass:
  -- a whole office behind one address is never shut out.
  IF p_source_hash IS NOT NULL THEN
    SELECT count(*) INTO from_address FROM (
      SELECT 1 FROM "Feedback"
      WHERE "sourceHash" = p_source_hash AND "createdAt" >= p_address_since
      LIMIT p_address_max) recent;
    IF from_address >= p_address_max AND NOT EXISTS (
      SELECT 1 FROM "Feedback" WHERE "emailHash" = p_email_hash AND "verifiedAt" IS NOT NULL
    ) THEN
      status := 'address';
      RETURN;
    END IF;
  END IF;

  -- The most similar of the scope's newest items that may be joined (one
  -- plan per kind of scope). t || q merges two sorted trigram sets, so its
  -- length is their union; they share |t| + |q| - |t || q| trigrams.
  trigrams := public.fold_trigrams(left(p_body, 500));
  IF p_article_id IS NOT NULL THEN
    SELECT c."id", c."groupId" INTO match FROM (
      SELECT "id", "groupId", length("bodyTrigrams") AS n, length("bodyTrigrams" || trigrams) AS u
      FROM "Feedback"
      WHERE "articleId" = p_article_id AND "state" <> 'WITHDRAWN'
        AND NOT ("groupLocked" AND "groupId" IS NULL)
      ORDER BY "createdAt" DESC LIMIT p_candidates) c
    WHERE (c.n + length(trigrams) - c.u)::real / nullif(c.u, 0)::real >= p_near
    ORDER BY (c.n + length(trigrams) - c.u)::real / c.u::real DESC LIMIT 1;
  ELSIF p_unit_id IS NOT NULL THEN
    SELECT c."id", c."groupId" INTO match FROM (
      SELECT "id", "groupId", length("bodyTrigrams") AS n, length("bodyTrigrams" || trigrams) AS u
      FROM "Feedback"
      WHERE "consultationId" = p_consultation_id AND "liveUnitId" = p_unit_id
        AND "stance" = p_stance AND "state" <> 'WITHDRAWN'
        AND NOT ("groupLocked" AND "groupId" IS NULL)
      ORDER BY "createdAt" DESC LIMIT p_candidates) c
    WHERE (c.n + length(trigrams) - c.u)::real / nullif(c.u, 0)::real >= p_near
    ORDER BY (c.n + length(trigrams) - c.u)::real / c.u::real DESC LIMIT 1;
  ELSE
    SELECT c."id", c."groupId" INTO match FROM (
      SELECT "id", "groupId", length("bodyTrigrams") AS n, length("bodyTrigrams" || trigrams) AS u
      FROM "Feedback"
      WHERE "consultationId" = p_consultation_id AND "unitId" IS NULL
        AND "stance" = p_stance AND "state" <> 'WITHDRAWN'
        AND NOT ("groupLocked" AND "groupId" IS NULL)
      ORDER BY "createdAt" DESC LIMIT p_candidates) c
    WHERE (c.n + length(trigrams) - c.u)::real / nullif(c.u, 0)::real >= p_near
    ORDER BY (c.n + length(trigrams) - c.u)::real / c.u::real DESC LIMIT 1;
  END IF;
  IF match."id" IS NOT NULL THEN
    group_id := coalesce(match."groupId", match."id");
    -- The group is named by its first item, which becomes its own member.
    IF match."groupId" IS NULL THEN
      UPDATE "Feedback" SET "groupId" = match."id", "updatedAt" = p_now
        WHERE "id" = match."id" AND "groupId" IS NULL;
    END IF;
  END IF;

  INSERT INTO "Feedback" ("id", "articleId", "consultationId", "versionId", "unitId",
    "liveUnitId", "stance", "commenterType", "kind", "name", "anonymous", "body", "email",
    "emailHash", "sourceHash", "tokenHash", "consentAt", "consentVersion", "spamScore",
    "groupId", "createdAt", "updatedAt")
  VALUES (p_id, p_article_id, p_consultation_id, p_version_id, p_unit_id, p_unit_id,
    p_stance, p_commenter_type, p_kind, p_name, p_anonymous, p_body, p_email,
    p_email_hash, p_source_hash, p_token_hash, p_now, p_consent_version, p_spam_score,
    group_id, p_now, p_now);
  status := 'accepted';
END
$$;
