import 'server-only';
import { summarySelect, toSummary, type ArticleSummary } from '../articles/dto';
import { lastWentLive, newestFirst, published } from '../core/published';
import { cached } from '../cache/cached';
import { cacheTags } from '../cache/tags';
import { loadCategory, type CategoryDto } from '../categories/queries';
import { db } from '../db/client';
import { isSlug } from '../text/slug';

export const FEED_SIZE = 50;

export type FeedItem = ArticleSummary & {
  /** When the live revision went live: the first publication or a later amendment. */
  updatedAt: string;
};

/** The newest published articles, all or of one category, for a feed. */
export async function loadFeedItems(categoryId: string | null): Promise<FeedItem[]> {
  const rows = await db().article.findMany({
    where: { ...published(), ...(categoryId ? { categoryId } : {}) },
    orderBy: newestFirst,
    take: FEED_SIZE,
    select: {
      ...summarySelect,
      liveRevision: { select: { ...summarySelect.liveRevision.select, publishedAt: true } },
    },
  });
  return rows.flatMap((row) => {
    const summary = toSummary(row);
    if (!summary || !row.publishedAt) return [];
    const updated = lastWentLive(row.publishedAt, row.liveRevision?.publishedAt ?? null);
    return [{ ...summary, updatedAt: updated.toISOString() }];
  });
}

export const getFeedItems = cached(loadFeedItems, {
  key: 'feed-items',
  tags: () => [cacheTags.articleLists],
});

export type FeedSource = { category: CategoryDto | null; items: FeedItem[] };

/** The site feed (no slug) or a category's; null for an unknown category. */
export async function getFeed(categorySlug?: string): Promise<FeedSource | null> {
  if (categorySlug === undefined) return { category: null, items: await getFeedItems(null) };
  const category = isSlug(categorySlug) ? await loadCategory(categorySlug) : null;
  return category ? { category, items: await getFeedItems(category.id) } : null;
}
