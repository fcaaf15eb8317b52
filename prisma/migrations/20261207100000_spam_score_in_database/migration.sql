-- The local spam score, computed where its counts are: a submission then
-- reads the counts, scores and stores in one statement (one round trip)
-- instead of reading the counts first and storing in a second statement.
--
-- Naive Bayes over the features present in a text (Bernoulli, Laplace
-- smoothing): the probability, 0..1, that the text is spam, given how many
-- spam and not-spam items held each feature ("SpamToken"; the row whose
-- token is '' holds the totals). Features never seen say nothing; with
-- nothing learnt yet every text scores 0.5. Only the p_voters most telling
-- features vote (ties in token order), so many weak ones cannot swamp a few
-- strong ones. The log-odds are clamped to ±30 before the logistic.
-- p_tokens are the text's distinct features, without the totals' ''.
-- PL/pgSQL: it keeps its statement's plan for the session.
CREATE FUNCTION public.spam_score(p_tokens text[], p_voters integer)
  RETURNS double precision
  LANGUAGE plpgsql STABLE PARALLEL SAFE STRICT
  AS $$
DECLARE
  total_spam double precision;
  total_ham double precision;
  log_odds double precision;
BEGIN
  SELECT "spamCount", "hamCount" INTO total_spam, total_ham
    FROM public."SpamToken" WHERE "token" = '';
  IF coalesce(total_spam + total_ham, 0) = 0 THEN
    RETURN 0.5;
  END IF;
  SELECT pg_catalog.ln((total_spam + 1) / (total_ham + 1)) + coalesce(pg_catalog.sum(v.vote), 0)
    INTO log_odds
    FROM (
      SELECT pg_catalog.ln((t."spamCount" + 1) / (total_spam + 2))
           - pg_catalog.ln((t."hamCount" + 1) / (total_ham + 2)) AS vote
      FROM public."SpamToken" t
      WHERE t."token" = ANY(p_tokens) AND t."token" <> ''
        AND t."spamCount" + t."hamCount" > 0
      ORDER BY pg_catalog.abs(pg_catalog.ln((t."spamCount" + 1) / (total_spam + 2))
           - pg_catalog.ln((t."hamCount" + 1) / (total_ham + 2))) DESC, t."token" COLLATE "C"
      LIMIT p_voters) v;
  RETURN 1 / (1 + pg_catalog.exp(-greatest(-30, least(30, log_odds))));
END
$$;
