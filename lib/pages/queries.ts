import 'server-only';
import { publishedPage } from '../core/published';
import { renderBody } from '../articles/render';
import { cached } from '../cache/cached';
import { cacheTags } from '../cache/tags';
import { db } from '../db/client';
import { type FooterItem, parseFooter } from './footer';
import { PAGE_SLUGS } from '../core/page-slugs';

export type PageDto = {
  slug: string;
  /** BCP 47 language of the content: 'vi', or 'en' for the English page. */
  locale: string;
  title: string;
  lead: string;
  /** Sanitised HTML of the Markdown body. */
  bodyHtml: string;
  /** When the live revision went live (ISO). */
  modifiedAt: string;
};

/**
 * The live revision of the page at `slug`, through publishedPage(): a page
 * nobody approved, or one taken down, is null like an unknown slug.
 */
export async function loadPublishedPage(slug: string): Promise<PageDto | null> {
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) return null;
  const row = await db().article.findFirst({
    where: { slug, ...publishedPage() },
    select: {
      slug: true,
      locale: true,
      publishedAt: true,
      liveRevision: { select: { title: true, lead: true, body: true, publishedAt: true } },
    },
  });
  const live = row?.liveRevision;
  if (!row || !live || !row.publishedAt) return null;
  return {
    slug: row.slug,
    locale: row.locale,
    title: live.title,
    lead: live.lead,
    bodyHtml: renderBody(live.body),
    modifiedAt: (live.publishedAt ?? row.publishedAt).toISOString(),
  };
}

/** Cached loadPublishedPage, expired with the page's own tag on publish or take-down. */
export const getPublishedPage = cached(loadPublishedPage, {
  key: 'page',
  tags: (slug) => [cacheTags.article(slug)],
});

/** The footer's legal notice as items; empty while no footer page is live. */
export async function loadFooterItems(): Promise<FooterItem[]> {
  const row = await db().article.findFirst({
    where: { slug: PAGE_SLUGS.footer, ...publishedPage() },
    select: { liveRevision: { select: { body: true } } },
  });
  return row?.liveRevision ? parseFooter(row.liveRevision.body) : [];
}

export const getFooterItems = cached(loadFooterItems, {
  key: 'footer-items',
  tags: () => [cacheTags.article(PAGE_SLUGS.footer)],
});
