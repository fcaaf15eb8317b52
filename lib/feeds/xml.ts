import type { FeedItem } from './queries';

/**
 * RSS 2.0 and Atom 1.0 documents, built as text with every value escaped.
 * Pure: the routes give the items and the absolute URLs.
 */
export type FeedMeta = {
  title: string;
  description: string;
  /** The HTML page the feed follows (home or category). */
  pageUrl: string;
  /** This feed's own URL. */
  selfUrl: string;
  /** Absolute article URL for a slug. */
  articleUrl: (slug: string) => string;
};

export function escapeXml(value: string): string {
  return (
    value
      // Characters XML 1.0 cannot carry at all.
      .replace(/[\p{Cc}\uFFFE\uFFFF]/gu, (char) => ('\t\n\r'.includes(char) ? char : ''))
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const tag = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;

export function rssFeed(meta: FeedMeta, items: FeedItem[]): string {
  const newest = items[0]?.publishedAt ?? new Date(0).toISOString();
  const entries = items.map((item) => {
    const url = meta.articleUrl(item.slug);
    return [
      '<item>',
      tag('title', item.title),
      tag('link', url),
      `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
      tag('description', item.lead),
      tag('category', item.category.name),
      tag('pubDate', new Date(item.publishedAt).toUTCString()),
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    tag('title', meta.title),
    tag('link', meta.pageUrl),
    tag('description', meta.description),
    '<language>vi</language>',
    tag('lastBuildDate', new Date(newest).toUTCString()),
    `<atom:link href="${escapeXml(meta.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...entries,
    '</channel></rss>',
  ].join('\n');
}

export function atomFeed(meta: FeedMeta, items: FeedItem[]): string {
  // ISO strings of one format sort as their dates do.
  const updated =
    items
      .map((item) => item.updatedAt)
      .sort()
      .at(-1) ?? new Date(0).toISOString();
  const entries = items.map((item) => {
    const url = meta.articleUrl(item.slug);
    return [
      '<entry>',
      tag('title', item.title),
      `<link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      tag('id', url),
      tag('published', item.publishedAt),
      tag('updated', item.updatedAt),
      tag('summary', item.lead),
      `<category term="${escapeXml(item.category.slug)}" label="${escapeXml(item.category.name)}"/>`,
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    tag('title', meta.title),
    tag('subtitle', meta.description),
    `<link rel="alternate" type="text/html" href="${escapeXml(meta.pageUrl)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(meta.selfUrl)}"/>`,
    tag('id', meta.selfUrl),
    tag('updated', updated),
    `<author><name>${escapeXml(meta.title)}</name></author>`,
    ...entries,
    '</feed>',
  ].join('\n');
}
