import { escapeXml } from '../feeds/xml';
import { formatVnDateTime } from '../text/date';
import type { EventSummary } from './queries';

export type EventFeedMeta = {
  title: string;
  description: string;
  pageUrl: string;
  selfUrl: string;
  eventUrl: (slug: string) => string;
};

const tag = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;

/** RSS 2.0 of published events, the latest published first; each item says when and where. */
export function eventsRss(meta: EventFeedMeta, events: EventSummary[]): string {
  const items = [...events].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, 50);
  const entries = items.map((e) => {
    const url = meta.eventUrl(e.slug);
    const when = `${formatVnDateTime(e.startsAt)} (giờ Việt Nam)`;
    const where = [e.place, e.onlineUrl].filter(Boolean).join(' · ');
    return [
      '<item>',
      tag('title', `${e.kindLabel}: ${e.title}`),
      tag('link', url),
      `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
      tag('description', `${when}${where ? `, ${where}` : ''}. ${e.summary}`),
      tag('category', e.kindLabel),
      tag('pubDate', new Date(e.updatedAt).toUTCString()),
      '</item>',
    ].join('');
  });
  const newest = items[0]?.updatedAt ?? new Date(0).toISOString();
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
