import { type Prisma, Prisma as PrismaSql } from '../generated/prisma/client';

/**
 * The one filter for "visible to the public", used by every public read:
 * pages, lists, related news, "Đọc thêm", plan links, and later search,
 * feeds and the sitemap. Only the workflow sets liveRevisionId, when an
 * approved revision goes live, and clears it on unpublish.
 */
export function published(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { liveRevisionId: { not: null }, publishedAt: { not: null, lte: now } };
}

/**
 * published() for raw SQL over "Article" aliased `a`, where search ranks
 * rows in SQL: the same two conditions, checked against published() by a test.
 */
export function publishedSql(now: Date = new Date()): Prisma.Sql {
  return PrismaSql.sql`a."liveRevisionId" IS NOT NULL AND a."publishedAt" IS NOT NULL AND a."publishedAt" <= ${now}`;
}

/** The public order of article lists: newest first publication first, then by id. */
export const newestFirst = [
  { publishedAt: 'desc' },
  { id: 'desc' },
] satisfies Prisma.ArticleOrderByWithRelationInput[];

/**
 * When what the public sees last changed: the live revision's own go-live
 * time when it went live after the first publication (an amendment), else the
 * first publication. Pages, feeds and the sitemap all date updates by it.
 */
export function lastWentLive(firstPublished: Date, liveWentLive: Date | null): Date {
  return liveWentLive && liveWentLive > firstPublished ? liveWentLive : firstPublished;
}
