import 'server-only';
import { type MediaDto, mediaUrl } from '../articles/dto';
import { cached } from '../cache/cached';
import { cacheTags } from '../cache/tags';
import { published, publishedEvent } from '../core/published';
import { db } from '../db/client';
import { isSlug } from '../text/slug';
import { EVENT_KIND_LABELS, type EventKind } from './kinds';

/**
 * Public event reads. Each filters with publishedEvent() inside the query
 * and reads the live revision only. Dates cross the cache's JSON boundary as
 * ISO strings; which events are upcoming is worked out at render time
 * (splitByTime), never cached.
 */

export type EventSummary = {
  slug: string;
  kind: EventKind;
  kindLabel: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string;
  onlineUrl: string;
  hostUnit: string;
  summary: string;
  /** When the live revision went public (the first publication or a later change). */
  updatedAt: string;
};

export type EventReportDto = { slug: string; title: string; publishedAt: string };

export type EventDetail = EventSummary & {
  videoUrl: string;
  publishedAt: string;
  reports: EventReportDto[];
  photos: MediaDto[];
};

const summarySelect = {
  slug: true,
  publishedAt: true,
  liveRevision: {
    select: {
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      place: true,
      onlineUrl: true,
      hostUnit: true,
      summary: true,
      publishedAt: true,
    },
  },
} as const;

type SummaryRow = {
  slug: string;
  publishedAt: Date | null;
  liveRevision: {
    kind: EventKind;
    title: string;
    startsAt: Date;
    endsAt: Date | null;
    place: string;
    onlineUrl: string;
    hostUnit: string;
    summary: string;
    publishedAt: Date | null;
  } | null;
};

function toSummary(row: SummaryRow): EventSummary | null {
  const r = row.liveRevision;
  if (!r || !row.publishedAt) return null;
  const updated =
    r.publishedAt && r.publishedAt > row.publishedAt ? r.publishedAt : row.publishedAt;
  return {
    slug: row.slug,
    kind: r.kind,
    kindLabel: EVENT_KIND_LABELS[r.kind],
    title: r.title,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt?.toISOString() ?? null,
    place: r.place,
    onlineUrl: r.onlineUrl,
    hostUnit: r.hostUnit,
    summary: r.summary,
    updatedAt: updated.toISOString(),
  };
}

/** Every published event, latest start first (the list, the calendar, the feed, the sitemap). */
export async function loadPublishedEvents(): Promise<EventSummary[]> {
  const rows = await db().event.findMany({
    where: publishedEvent(),
    orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
    select: summarySelect,
  });
  return rows.flatMap((row) => toSummary(row) ?? []);
}

export const getPublishedEvents = cached(loadPublishedEvents, {
  key: 'events',
  tags: () => [cacheTags.eventLists],
});

/** The end of an event as readers count it: its stated end, else its start. */
function endOf(item: Pick<EventSummary, 'startsAt' | 'endsAt'>): string {
  return item.endsAt ?? item.startsAt;
}

/**
 * Upcoming (not yet over, the soonest first), then past (the latest first):
 * the order of /su-kien, decided at `now`.
 */
export function splitByTime(list: EventSummary[], now: Date) {
  const at = now.toISOString();
  const upcoming = list
    .filter((e) => endOf(e) >= at)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = list
    .filter((e) => endOf(e) < at)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { upcoming, past };
}

export const EVENTS_PAGE_SIZE = 20;

/** Page `page` (from 1) of the public list, upcoming then past; null past the last page. */
export function eventsPage(list: EventSummary[], page: number, now: Date) {
  const { upcoming, past } = splitByTime(list, now);
  const ordered = [
    ...upcoming.map((e) => ({ ...e, upcoming: true })),
    ...past.map((e) => ({ ...e, upcoming: false })),
  ];
  const pageCount = Math.max(1, Math.ceil(ordered.length / EVENTS_PAGE_SIZE));
  if (!Number.isSafeInteger(page) || page < 1 || page > pageCount) return null;
  const items = ordered.slice((page - 1) * EVENTS_PAGE_SIZE, page * EVENTS_PAGE_SIZE);
  return { items, page, pageCount, upcomingCount: upcoming.length };
}

/** The published event at `slug` with its published report articles and its photos, or null. */
export async function loadPublishedEvent(slug: string): Promise<EventDetail | null> {
  if (!isSlug(slug)) return null;
  const now = new Date();
  const row = await db().event.findFirst({
    where: { slug, ...publishedEvent(now) },
    select: {
      ...summarySelect,
      liveRevision: {
        select: {
          ...summarySelect.liveRevision.select,
          videoUrl: true,
          reports: {
            where: { article: published(now) },
            orderBy: { position: 'asc' },
            select: {
              article: {
                select: {
                  slug: true,
                  publishedAt: true,
                  liveRevision: { select: { title: true } },
                },
              },
            },
          },
          photos: {
            orderBy: { position: 'asc' },
            select: {
              media: {
                select: {
                  path: true,
                  width: true,
                  height: true,
                  alt: true,
                  caption: true,
                  credit: true,
                },
              },
            },
          },
        },
      },
    },
  });
  const summary = row && toSummary(row);
  if (!row?.liveRevision || !summary || !row.publishedAt) return null;
  const live = row.liveRevision;
  return {
    ...summary,
    videoUrl: live.videoUrl,
    publishedAt: row.publishedAt.toISOString(),
    reports: live.reports.flatMap(({ article: a }) =>
      a.liveRevision && a.publishedAt
        ? [{ slug: a.slug, title: a.liveRevision.title, publishedAt: a.publishedAt.toISOString() }]
        : [],
    ),
    photos: live.photos.map(({ media: { path, ...m } }) => ({ ...m, src: mediaUrl(path) })),
  };
}

const getPublishedEventCached = cached(loadPublishedEvent, {
  key: 'event',
  // Its report articles come and go with their own publication.
  tags: (slug) => [cacheTags.event(slug), cacheTags.articleLists],
});

/** Cached loadPublishedEvent; a non-slug is answered before the cache. */
export function getPublishedEvent(slug: string): Promise<EventDetail | null> {
  return isSlug(slug) ? getPublishedEventCached(slug) : Promise.resolve(null);
}
