import 'server-only';
import { published } from '../articles/published';
import { cached } from '../cache/cached';
import { cacheTags } from '../cache/tags';
import { db } from '../db/client';

export type SitemapArticle = {
  slug: string;
  title: string;
  publishedAt: string;
  /** When the live revision went live (a later amendment), else first publication. */
  modifiedAt: string;
};

export type SitemapData = {
  articles: SitemapArticle[];
  categories: string[];
  planYears: number[];
};

/**
 * Every published article (through published()), every active category and
 * every plan year. `since` limits articles to those first published since
 * then (the news sitemap).
 */
export async function loadSitemapData(since: string | null): Promise<SitemapData> {
  const [rows, categories, plans] = await Promise.all([
    db().article.findMany({
      where: { ...published(), ...(since ? { publishedAt: { gte: new Date(since) } } : {}) },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      select: {
        slug: true,
        publishedAt: true,
        liveRevision: { select: { title: true, publishedAt: true } },
      },
    }),
    db().category.findMany({
      where: { active: true },
      orderBy: { position: 'asc' },
      select: { slug: true },
    }),
    db().communicationPlan.findMany({ orderBy: { year: 'desc' }, select: { year: true } }),
  ]);
  const articles = rows.flatMap((row) => {
    if (!row.publishedAt || !row.liveRevision) return [];
    const first = row.publishedAt;
    const live = row.liveRevision.publishedAt;
    const modified = live && live > first ? live : first;
    return [
      {
        slug: row.slug,
        title: row.liveRevision.title,
        publishedAt: first.toISOString(),
        modifiedAt: modified.toISOString(),
      },
    ];
  });
  return {
    articles,
    categories: categories.map((c) => c.slug),
    planYears: plans.map((p) => p.year),
  };
}

export const getSitemapData = cached(loadSitemapData, {
  key: 'sitemap',
  tags: () => [cacheTags.articleLists, cacheTags.categories, cacheTags.plans],
});
