import { type Prisma, Prisma as PrismaSql } from '../generated/prisma/client';

/**
 * Live: an approved revision is public now. Only the workflow sets
 * liveRevisionId, when an approved revision goes live, and clears it on
 * unpublish. Both filters below are this one condition plus the kind.
 */
function live(now: Date): Prisma.ArticleWhereInput {
  return { liveRevisionId: { not: null }, publishedAt: { not: null, lte: now } };
}

/**
 * The one filter for "a news article visible to the public", used by every
 * public list and read of news: pages, lists, related news, "Đọc thêm", plan
 * links, search, feeds and the sitemap. Pages (kind PAGE) are left out here
 * so no news list can show one; they are read through publishedPage().
 */
export function published(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { ...live(now), kind: 'ARTICLE' };
}

/** The same rule for the portal's own pages (about, contacts, English, footer). */
export function publishedPage(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { ...live(now), kind: 'PAGE' };
}

/**
 * published() for raw SQL over "Article" aliased `a`, where search ranks
 * rows in SQL: the same conditions, checked against published() by a test.
 */
export function publishedSql(now: Date = new Date()): Prisma.Sql {
  return PrismaSql.sql`a."liveRevisionId" IS NOT NULL AND a."publishedAt" IS NOT NULL AND a."publishedAt" <= ${now} AND a."kind" = 'ARTICLE'`;
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

/**
 * The one filter for "an event the public may see": an approved revision is
 * live and its publication has happened. A take-down clears both, so every
 * read using it (the events list, an event's page, the calendars, the feed,
 * the sitemap, the home page, the photos' access) drops the event at once.
 */
export function publishedEvent(now: Date = new Date()): Prisma.EventWhereInput {
  return { liveRevisionId: { not: null }, publishedAt: { not: null, lte: now } };
}
