-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN     "planItemIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "readMoreIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Backfill (hand-added below the generated DDL). Until now the links lived
-- only on the Article, shared by all its revisions: give every revision the
-- article's current links, so that approving an amendment made after this
-- migration keeps them instead of clearing them.
UPDATE "ArticleRevision" AS r
SET "readMoreIds" = l."ids"
FROM (
  SELECT "fromId", array_agg("toId" ORDER BY "position", "toId") AS "ids"
  FROM "ArticleLink"
  GROUP BY "fromId"
) AS l
WHERE l."fromId" = r."articleId";

UPDATE "ArticleRevision" AS r
SET "planItemIds" = p."ids"
FROM (
  SELECT "articleId", array_agg("planItemId" ORDER BY "planItemId") AS "ids"
  FROM "ArticlePlanItem"
  GROUP BY "articleId"
) AS p
WHERE p."articleId" = r."articleId";
