-- Reads per category and day, kept by the counter's batched write; filled
-- here from the page rollups already written.
CREATE TABLE "CategoryViewDaily" (
    "day" DATE NOT NULL,
    "categoryId" TEXT NOT NULL,
    "views" INTEGER NOT NULL,

    CONSTRAINT "CategoryViewDaily_pkey" PRIMARY KEY ("categoryId","day")
);

CREATE INDEX "CategoryViewDaily_day_idx" ON "CategoryViewDaily"("day");

INSERT INTO "CategoryViewDaily" ("day", "categoryId", "views")
SELECT "day", "categoryId", sum("views")::int FROM "PageViewDaily"
WHERE "categoryId" IS NOT NULL GROUP BY "day", "categoryId";

-- One search term's daily series, read by the rising-terms check.
CREATE INDEX "SearchTermDaily_term_day_n_searches_idx" ON "SearchTermDaily"("term", "day", "n", "searches");

-- The most read articles over a range of days, read from the index alone.
CREATE INDEX "PageViewDaily_day_articleId_views_idx" ON "PageViewDaily"("day", "articleId", "views");
