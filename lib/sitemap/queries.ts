import 'server-only';
import { lastWentLive, newestFirst, published, publishedPage } from '../core/published';
import { cached } from '../cache/cached';
import { cacheTags } from '../cache/tags';
import { loadSitemapConsultations, type SitemapConsultation } from '../consultations/sitemap';
import { db } from '../db/client';
import { loadSitemapEvents, type SitemapEvent } from '../events/sitemap';
import { ROUTED_PAGE_SLUGS } from '../core/page-slugs';
import { publishedPlan } from '../plans/published';

export type SitemapArticle = {
  slug: string;
  title: string;
  publishedAt: string;
  /** When the live revision went live (a later amendment), else first publication. */
  modifiedAt: string;
};

export type SitemapPage = { slug: string; modifiedAt: string };

export type SitemapData = {
  articles: SitemapArticle[];
  /** The portal's own published pages with an address (about, contacts, English). */
  pages: SitemapPage[];
  categories: string[];
  planYears: number[];
  /** Published consultations on drafts (/du-thao/{slug}). */
  consultations: SitemapConsultation[];
  /** Published events (/su-kien/{slug}). */
  events: SitemapEvent[];
};

/**
 * Every published article (through published()), the published pages
 * (through publishedPage()), every active category and every plan year.
 * `since` limits articles to those first published since then (the news
 * sitemap).
 */
export async function loadSitemapData(since: string | null): Promise<SitemapData> {
  const [rows, pageRows, categories, plans, consultations, events] = await Promise.all([
    db().article.findMany({
      // AND, not a spread: `since` must narrow published()'s own publishedAt rule, not replace it.
      where: { AND: [published(), since ? { publishedAt: { gte: new Date(since) } } : {}] },
      orderBy: newestFirst,
      select: {
        slug: true,
        publishedAt: true,
        liveRevision: { select: { title: true, publishedAt: true } },
      },
    }),
    db().article.findMany({
      where: { ...publishedPage(), slug: { in: [...ROUTED_PAGE_SLUGS] } },
      orderBy: { slug: 'asc' },
      select: { slug: true, publishedAt: true, liveRevision: { select: { publishedAt: true } } },
    }),
    db().category.findMany({
      where: { active: true },
      orderBy: { position: 'asc' },
      select: { slug: true },
    }),
    db().communicationPlan.findMany({
      where: publishedPlan(),
      orderBy: { year: 'desc' },
      select: { year: true },
    }),
    loadSitemapConsultations(),
    loadSitemapEvents(),
  ]);
  const articles = rows.flatMap((row) => {
    if (!row.publishedAt || !row.liveRevision) return [];
    const modified = lastWentLive(row.publishedAt, row.liveRevision.publishedAt);
    return [
      {
        slug: row.slug,
        title: row.liveRevision.title,
        publishedAt: row.publishedAt.toISOString(),
        modifiedAt: modified.toISOString(),
      },
    ];
  });
  const pages = pageRows.flatMap((row) => {
    const at = row.liveRevision?.publishedAt ?? row.publishedAt;
    return at ? [{ slug: row.slug, modifiedAt: at.toISOString() }] : [];
  });
  return {
    articles,
    pages,
    categories: categories.map((c) => c.slug),
    planYears: plans.map((p) => p.year),
    consultations,
    events,
  };
}

export const getSitemapData = cached(loadSitemapData, {
  key: 'sitemap',
  tags: () => [
    cacheTags.articleLists,
    cacheTags.categories,
    cacheTags.plans,
    cacheTags.consultationLists,
    cacheTags.eventLists,
  ],
});
