import type { Prisma } from '../generated/prisma/client';

/**
 * The one filter for "visible to the public", used by every public read:
 * pages, lists, related news, "Đọc thêm", plan links, and later search,
 * feeds and the sitemap. Only the workflow sets liveRevisionId, when an
 * approved revision goes live, and clears it on unpublish.
 */
export function published(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { liveRevisionId: { not: null }, publishedAt: { not: null, lte: now } };
}
