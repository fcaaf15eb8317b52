-- DropIndex
DROP INDEX "SearchTermDaily_n_day_idx";

-- CreateIndex
CREATE INDEX "SearchTermDaily_n_day_term_searches_zeroResults_idx" ON "SearchTermDaily"("n", "day", "term", "searches", "zeroResults");
