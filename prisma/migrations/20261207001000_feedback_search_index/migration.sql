-- The moderation queue's search ("y kien" finds "Ý kiến" in a text or a
-- name: lib/moderation/queue.ts) through trigram indexes on the same folded
-- expressions, instead of folding every item of the state on every search.
-- GIN's pending list (fastupdate, the default) keeps the cost a submission
-- pays for them small; autovacuum merges the list in the background.
CREATE INDEX "Feedback_body_fold_idx" ON "Feedback" USING gin (staff_fold("body") gin_trgm_ops);
CREATE INDEX "Feedback_name_fold_idx" ON "Feedback" USING gin (staff_fold("name") gin_trgm_ops);
