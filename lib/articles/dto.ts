import type { Prisma } from '../generated/prisma/client';
import { lastWentLive } from '../core/published';

/**
 * Plain objects handed to components. They cross the data cache's JSON
 * boundary, so dates are ISO strings, never Date objects.
 */
export type MediaDto = {
  /** Served by the /media route from the media folder. */
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
};

export type CategoryRef = { slug: string; name: string };

export type ArticleSummary = {
  slug: string;
  title: string;
  lead: string;
  /** First publication, ISO 8601. */
  publishedAt: string;
  category: CategoryRef;
  cover: MediaDto | null;
};

export type ArticleDetail = ArticleSummary & {
  id: string;
  categoryId: string;
  /** Source label such as "PLVN"; empty when the portal wrote it. */
  source: string;
  /** Sanitised HTML from lib/articles/render.ts; empty when the body only repeats the lead. */
  bodyHtml: string;
  /** When the live revision went live: a later amendment, else the first publication (ISO). */
  modifiedAt: string;
  /** "Cập nhật" note of a later revision, with the time it went live. */
  update: { note: string; at: string } | null;
};

export type Paged<T> = { items: T[]; page: number; pageCount: number; total: number };

const mediaSelect = {
  path: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
} satisfies Prisma.MediaSelect;

/** What a list card needs, read through the live revision only. */
export const summarySelect = {
  slug: true,
  publishedAt: true,
  category: { select: { slug: true, name: true } },
  liveRevision: {
    select: { title: true, lead: true, coverCaption: true, coverMedia: { select: mediaSelect } },
  },
} satisfies Prisma.ArticleSelect;

export const detailSelect = {
  ...summarySelect,
  id: true,
  categoryId: true,
  liveRevision: {
    select: {
      ...summarySelect.liveRevision.select,
      body: true,
      source: true,
      changeNote: true,
      publishedAt: true,
    },
  },
} satisfies Prisma.ArticleSelect;

type MediaRow = Prisma.MediaGetPayload<{ select: typeof mediaSelect }>;
type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof summarySelect }>;
type DetailRow = Prisma.ArticleGetPayload<{ select: typeof detailSelect }>;
type SummaryLive = NonNullable<SummaryRow['liveRevision']>;

/** URL of a stored media file; each path segment is encoded on its own. */
export function mediaUrl(path: string): string {
  return `/media/${path.split('/').map(encodeURIComponent).join('/')}`;
}

function toMedia(media: MediaRow | null, captionOverride: string | null): MediaDto | null {
  if (!media) return null;
  return {
    src: mediaUrl(media.path),
    width: media.width,
    height: media.height,
    alt: media.alt,
    caption: captionOverride ?? media.caption,
    credit: media.credit,
  };
}

type LiveRow = NonNullable<DetailRow['liveRevision']>;

/** The article around a revision: its identity, first publication and category. */
export type DetailFrame = Pick<DetailRow, 'id' | 'slug' | 'categoryId' | 'category'> & {
  publishedAt: Date;
};

function summaryOf(
  row: Pick<SummaryRow, 'slug' | 'category'>,
  publishedAt: Date,
  live: SummaryLive,
): ArticleSummary {
  return {
    slug: row.slug,
    title: live.title,
    lead: live.lead,
    publishedAt: publishedAt.toISOString(),
    category: { slug: row.category.slug, name: row.category.name },
    cover: toMedia(live.coverMedia, live.coverCaption),
  };
}

/** Null when the row has no live revision (callers filter with published()). */
export function toSummary(row: SummaryRow): ArticleSummary | null {
  const live = row.liveRevision;
  if (!live || !row.publishedAt) return null;
  return summaryOf(row, row.publishedAt, live);
}

/**
 * True when the body only repeats the lead, as for the seeded news items whose
 * source gives nothing but a lead: the page then shows that paragraph once.
 */
export function bodyRepeatsLead(lead: string, body: string): boolean {
  const same = (text: string) => text.normalize('NFC').trim();
  return same(body) === same(lead);
}

/**
 * An article page from its frame and the revision shown. The change note
 * shows only for a revision that went live after the first publication (its
 * `publishedAt` later than the frame's); the first published revision has
 * nothing to be updated from. A body that repeats the lead is left out
 * (empty bodyHtml). Shared by the public page and the staff preview.
 */
export function detailOf(
  frame: DetailFrame,
  live: LiveRow,
  bodyHtml: (markdown: string) => string,
): ArticleDetail {
  const summary = summaryOf(frame, frame.publishedAt, live);
  const modified = lastWentLive(frame.publishedAt, live.publishedAt);
  const note = live.changeNote?.trim();
  return {
    ...summary,
    id: frame.id,
    categoryId: frame.categoryId,
    source: live.source,
    bodyHtml: bodyRepeatsLead(live.lead, live.body) ? '' : bodyHtml(live.body),
    modifiedAt: modified.toISOString(),
    update: note && modified > frame.publishedAt ? { note, at: modified.toISOString() } : null,
  };
}

/** The public page of a published row; null when it has no live revision. */
export function toDetail(
  row: DetailRow,
  bodyHtml: (markdown: string) => string,
): ArticleDetail | null {
  const live = row.liveRevision;
  if (!live || !row.publishedAt) return null;
  return detailOf({ ...row, publishedAt: row.publishedAt }, live, bodyHtml);
}
