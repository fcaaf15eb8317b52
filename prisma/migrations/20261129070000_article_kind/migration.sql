-- Pages (about, contacts, English, the footer's legal notice) are articles of
-- kind PAGE: the same revisions and approval, kept out of news lists.
CREATE TYPE "ArticleKind" AS ENUM ('ARTICLE', 'PAGE');

ALTER TABLE "Article" ADD COLUMN "kind" "ArticleKind" NOT NULL DEFAULT 'ARTICLE';
