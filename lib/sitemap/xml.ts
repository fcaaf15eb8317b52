import { escapeXml } from '../feeds/xml';
import type { SitemapData } from './queries';

/** Sitemap protocol 0.9: articles with lastmod, categories, plan pages, the portal's pages. */
export function sitemapXml(data: SitemapData, url: (path: string) => string): string {
  const entry = (path: string, lastmod?: string) =>
    `<url><loc>${escapeXml(url(path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    entry('/', data.articles[0]?.modifiedAt),
    ...data.articles.map((a) => entry(`/tin-tuc/${a.slug}`, a.modifiedAt)),
    ...data.categories.map((slug) => entry(`/chuyen-muc/${slug}`)),
    ...data.planYears.map((year) => entry(`/ke-hoach-truyen-thong/${year}`)),
    ...data.pages.map((p) => entry(`/${p.slug}`, p.modifiedAt)),
    entry('/du-thao', data.consultations[0]?.modifiedAt),
    ...data.consultations.map((c) => entry(`/du-thao/${c.slug}`, c.modifiedAt)),
    entry('/su-kien', data.events[0]?.modifiedAt),
    ...data.events.map((e) => entry(`/su-kien/${e.slug}`, e.modifiedAt)),
    '</urlset>',
  ].join('\n');
}

/** Google News sitemap: articles of the last two days, with name, language, date, title. */
export function newsSitemapXml(
  data: SitemapData,
  url: (path: string) => string,
  publication: string,
): string {
  const items = data.articles.map((a) =>
    [
      `<url><loc>${escapeXml(url(`/tin-tuc/${a.slug}`))}</loc><news:news>`,
      `<news:publication><news:name>${escapeXml(publication)}</news:name><news:language>vi</news:language></news:publication>`,
      `<news:publication_date>${a.publishedAt}</news:publication_date>`,
      `<news:title>${escapeXml(a.title)}</news:title>`,
      '</news:news></url>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...items,
    '</urlset>',
  ].join('\n');
}

/** Two days back from `now`, to the minute (a stable cache key within a minute). */
export function newsWindowStart(now: Date = new Date()): string {
  const start = new Date(now.getTime() - 2 * 86_400_000);
  start.setUTCSeconds(0, 0);
  return start.toISOString();
}
