-- Stores one citizen's item (article feedback or consultation comment) in a
-- single statement: serialises the sender's submissions, checks the
-- per-email and per-address limits, finds the near-duplicate group in the
-- item's scope and inserts the row. It replaces an interactive transaction
-- of six round trips, whose client-side cost (about 10 ms of CPU a
-- submission) capped how many submissions a second two cores could take.
-- The rules' numbers (limits, windows, grouping threshold) are arguments,
-- kept where the application documents them (lib/feedback/limits.ts,
-- lib/feedback/grouping.ts).
--
-- Returns status 'accepted' (and the group joined, or null), 'email' or
-- 'address' (a limit reached: nothing stored).

-- The grouping scope's newest items, read from an index instead of sorting
-- all of an article's (or a consultation's) items on every submission.
CREATE INDEX "Feedback_articleId_createdAt_idx" ON "Feedback"("articleId", "createdAt");
CREATE INDEX "Feedback_consultationId_stance_createdAt_idx" ON "Feedback"("consultationId", "stance", "createdAt");

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
  -- grouping: how many recent items, how much of each text, what similarity
  p_candidates integer,
  p_compared integer,
  p_near real,
  OUT status text,
  OUT group_id text
) LANGUAGE plpgsql AS $$
DECLARE
  burst integer;
  day integer;
  from_address integer;
  candidates text[];
  folded text;
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

  -- The scope's newest items that may be joined (one plan per kind of scope).
  IF p_article_id IS NOT NULL THEN
    candidates := ARRAY(
      SELECT "id" FROM "Feedback"
      WHERE "articleId" = p_article_id AND "state" <> 'WITHDRAWN'
        AND NOT ("groupLocked" AND "groupId" IS NULL)
      ORDER BY "createdAt" DESC LIMIT p_candidates);
  ELSIF p_unit_id IS NOT NULL THEN
    candidates := ARRAY(
      SELECT "id" FROM "Feedback"
      WHERE "consultationId" = p_consultation_id AND "liveUnitId" = p_unit_id
        AND "stance" = p_stance AND "state" <> 'WITHDRAWN'
        AND NOT ("groupLocked" AND "groupId" IS NULL)
      ORDER BY "createdAt" DESC LIMIT p_candidates);
  ELSE
    candidates := ARRAY(
      SELECT "id" FROM "Feedback"
      WHERE "consultationId" = p_consultation_id AND "unitId" IS NULL
        AND "stance" = p_stance AND "state" <> 'WITHDRAWN'
        AND NOT ("groupLocked" AND "groupId" IS NULL)
      ORDER BY "createdAt" DESC LIMIT p_candidates);
  END IF;

  folded := public.search_fold(left(p_body, p_compared));
  SELECT f."id", f."groupId" INTO match
    FROM (SELECT "id", "groupId", similarity(public.search_fold(left("body", p_compared)), folded) AS s
          FROM "Feedback" WHERE "id" = ANY(candidates)) f
    WHERE f.s >= p_near
    ORDER BY f.s DESC LIMIT 1;
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
