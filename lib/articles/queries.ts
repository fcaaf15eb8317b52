import 'server-only';
import { cached } from '../cache/cached';
import { cacheTags } from '../cache/tags';
import { type CategoryDto, getCategory } from '../categories/queries';
import { db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import {
  type ArticleDetail,
  type ArticleSummary,
  detailSelect,
  type Paged,
  summarySelect,
  toDetail,
  toSummary,
} from './dto';
import { isSlug } from '../text/slug';
import { newestFirst, published } from '../core/published';
import { renderBody } from './render';

/**
 * Public article reads. Every query filters with published() inside the
 * database query and reads the live revision only, so nothing a citizen may
 * not see ever leaves this module. Each read has an uncached `load*` (for
 * tests and scripts) and a cached, tagged `get*` (for pages).
 */

export const CATEGORY_PAGE_SIZE = 20;
export const RELATED_LIMIT = 6;

function summaries(rows: Parameters<typeof toSummary>[0][]): ArticleSummary[] {
  return rows.flatMap((row) => toSummary(row) ?? []);
}

/** Published articles matching `where`, newest first: one indexed list query. */
async function listNewest(
  where: Prisma.ArticleWhereInput,
  take: number,
  skip = 0,
): Promise<ArticleSummary[]> {
  const rows = await db().article.findMany({
    where: { ...where, ...published() },
    orderBy: newestFirst,
    skip,
    take,
    select: summarySelect,
  });
  return summaries(rows);
}

/** The published article at `slug` with its live revision, or null. */
export async function loadPublishedArticle(slug: string): Promise<ArticleDetail | null> {
  if (!isSlug(slug)) return null;
  const row = await db().article.findFirst({
    where: { slug, ...published() },
    select: detailSelect,
  });
  return row ? toDetail(row, renderBody) : null;
}

const getPublishedArticleCached = cached(loadPublishedArticle, {
  key: 'article',
  tags: (slug) => [cacheTags.article(slug), cacheTags.categories],
});

/**
 * Cached loadPublishedArticle. A non-slug is answered before the cache: its
 * tag would hold whatever a visitor typed (Next logs the whole of any tag
 * over 256 characters, on every request).
 */
export function getPublishedArticle(slug: string): Promise<ArticleDetail | null> {
  return isSlug(slug) ? getPublishedArticleCached(slug) : Promise.resolve(null);
}

/**
 * "Tin cùng chuyên mục": other published articles of the category, newest
 * first, in one indexed list query (category, publishedAt).
 */
export async function loadRelatedArticles(
  articleId: string,
  categoryId: string,
  limit = RELATED_LIMIT,
): Promise<ArticleSummary[]> {
  return listNewest({ categoryId, id: { not: articleId } }, limit);
}

export const getRelatedArticles = cached(loadRelatedArticles, {
  key: 'related-articles',
  tags: () => [cacheTags.articleLists],
});

/** "Đọc thêm": the editor's chosen links, kept only while both ends are published. */
export async function loadReadMore(articleId: string): Promise<ArticleSummary[]> {
  const now = new Date();
  const links = await db().articleLink.findMany({
    where: { fromId: articleId, from: published(now), to: published(now) },
    orderBy: { position: 'asc' },
    select: { to: { select: summarySelect } },
  });
  return summaries(links.map((link) => link.to));
}

export const getReadMore = cached(loadReadMore, {
  key: 'read-more',
  tags: () => [cacheTags.articleLists],
});

/** The published articles among `ids`, in the order given (unpublished ones left out). */
export async function loadPublishedInOrder(ids: readonly string[]): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db().article.findMany({
    where: { id: { in: [...ids] }, ...published() },
    select: { ...summarySelect, id: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return summaries(ids.flatMap((id) => byId.get(id) ?? []));
}

/** The newest published articles across all categories (home page). */
export async function loadLatestArticles(limit: number): Promise<ArticleSummary[]> {
  return listNewest({}, limit);
}

export const getLatestArticles = cached(loadLatestArticles, {
  key: 'latest-articles',
  tags: () => [cacheTags.articleLists],
});

/**
 * One page of a category's published articles, newest first: one indexed
 * list query plus one count. Null when `page` lies beyond the last page
 * (page 1 of an empty category exists, and is empty).
 */
export async function loadCategoryArticles(
  categoryId: string,
  page: number,
): Promise<Paged<ArticleSummary> | null> {
  if (!Number.isSafeInteger(page) || page < 1) return null;
  const [items, total] = await Promise.all([
    listNewest({ categoryId }, CATEGORY_PAGE_SIZE, (page - 1) * CATEGORY_PAGE_SIZE),
    db().article.count({ where: { ...published(), categoryId } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / CATEGORY_PAGE_SIZE));
  if (page > pageCount) return null;
  return { items, page, pageCount, total };
}

export const getCategoryArticles = cached(loadCategoryArticles, {
  key: 'category-articles',
  tags: () => [cacheTags.articleLists],
});

export type CategoryListing = { category: CategoryDto; listing: Paged<ArticleSummary> };

/**
 * Page `page` of the category at `slug` (/chuyen-muc/{slug}), from the two
 * cached reads above, so a page rendered from it carries their tags. Null
 * when the category is unknown or inactive, or the page lies beyond the last.
 */
export async function getCategoryListing(
  slug: string,
  page: number,
): Promise<CategoryListing | null> {
  if (!isSlug(slug)) return null;
  const category = await getCategory(slug);
  const listing = category ? await getCategoryArticles(category.id, page) : null;
  return category && listing ? { category, listing } : null;
}
