-- Tags were modelled but never used: no screen sets them, no page shows them.
-- DropForeignKey
ALTER TABLE "ArticleTag" DROP CONSTRAINT "ArticleTag_articleId_fkey";

-- DropForeignKey
ALTER TABLE "ArticleTag" DROP CONSTRAINT "ArticleTag_tagId_fkey";

-- DropTable
DROP TABLE "ArticleTag";

-- DropTable
DROP TABLE "Tag";
