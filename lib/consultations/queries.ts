import 'server-only';
import { cached } from '../cache/cached';
import { cacheTags } from '../cache/tags';
import { db } from '../db/client';
import { isSlug } from '../text/slug';
import { type CommentWindow, windowPhase } from './comment-window';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, type DocumentType } from './document-types';
import { publishedConsultation } from './published';

/**
 * Public consultation reads. Each filters with publishedConsultation()
 * inside the query and reads the live version only. Dates cross the cache's
 * JSON boundary as ISO strings; the window's phase is worked out at render
 * time (windowPhase), never cached.
 */

export type ConsultationSummary = {
  slug: string;
  title: string;
  summary: string;
  typeLabel: string;
  draftingUnit: string;
  versionNumber: number;
  opensAt: string;
  closesAt: string;
};

export type PublicUnit = {
  id: string;
  anchor: string;
  kind: string;
  number: string;
  title: string;
  text: string;
  parentAnchor: string | null;
};

export type ConsultationDetail = ConsultationSummary & {
  contact: string;
  preamble: string;
  closing: string;
  publishedAt: string;
  units: PublicUnit[];
};

function typeLabel(type: string): string {
  return DOCUMENT_TYPES.includes(type as DocumentType)
    ? DOCUMENT_TYPE_LABELS[type as DocumentType]
    : type;
}

const summarySelect = {
  slug: true,
  documentType: true,
  draftingUnit: true,
  liveVersion: {
    select: { number: true, title: true, summary: true, opensAt: true, closesAt: true },
  },
} as const;

type SummaryRow = {
  slug: string;
  documentType: string;
  draftingUnit: string;
  liveVersion: {
    number: number;
    title: string;
    summary: string;
    opensAt: Date;
    closesAt: Date;
  } | null;
};

function toSummary(row: SummaryRow): ConsultationSummary | null {
  const v = row.liveVersion;
  if (!v) return null;
  return {
    slug: row.slug,
    title: v.title,
    summary: v.summary,
    typeLabel: typeLabel(row.documentType),
    draftingUnit: row.draftingUnit,
    versionNumber: v.number,
    opensAt: v.opensAt.toISOString(),
    closesAt: v.closesAt.toISOString(),
  };
}

/** Every published consultation, the latest first publication first. */
export async function loadPublishedConsultations(): Promise<ConsultationSummary[]> {
  const rows = await db().consultation.findMany({
    where: publishedConsultation(),
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    select: summarySelect,
  });
  return rows.flatMap((row) => toSummary(row) ?? []);
}

export const getPublishedConsultations = cached(loadPublishedConsultations, {
  key: 'consultations',
  tags: () => [cacheTags.consultationLists],
});

export type ConsultationPhases = Record<'open' | 'upcoming' | 'closed', ConsultationSummary[]>;

/** The list split by where each window stands at `now` (Vietnam time, the closing minute whole). */
export function byPhase(list: ConsultationSummary[], now: Date): ConsultationPhases {
  const phases: ConsultationPhases = { open: [], upcoming: [], closed: [] };
  for (const item of list) phases[windowPhase(windowOf(item), now)].push(item);
  // Open: closing soonest first; upcoming: opening soonest first; closed: latest first.
  phases.open.sort((a, b) => a.closesAt.localeCompare(b.closesAt));
  phases.upcoming.sort((a, b) => a.opensAt.localeCompare(b.opensAt));
  phases.closed.sort((a, b) => b.closesAt.localeCompare(a.closesAt));
  return phases;
}

/** The window of a summary, as Dates. */
export function windowOf(item: Pick<ConsultationSummary, 'opensAt' | 'closesAt'>): CommentWindow {
  return { opensAt: new Date(item.opensAt), closesAt: new Date(item.closesAt) };
}

/** The published consultation at `slug` with its live version's units in reading order, or null. */
export async function loadPublishedConsultation(slug: string): Promise<ConsultationDetail | null> {
  if (!isSlug(slug)) return null;
  const row = await db().consultation.findFirst({
    where: { slug, ...publishedConsultation() },
    select: {
      ...summarySelect,
      contact: true,
      publishedAt: true,
      liveVersion: {
        select: {
          ...summarySelect.liveVersion.select,
          preamble: true,
          closing: true,
          units: {
            orderBy: { position: 'asc' },
            select: {
              id: true,
              anchor: true,
              kind: true,
              number: true,
              title: true,
              text: true,
              parentAnchor: true,
            },
          },
        },
      },
    },
  });
  const summary = row && toSummary(row);
  if (!row?.liveVersion || !summary || !row.publishedAt) return null;
  const { preamble, closing, units } = row.liveVersion;
  return {
    ...summary,
    contact: row.contact,
    publishedAt: row.publishedAt.toISOString(),
    preamble,
    closing,
    units,
  };
}

const getPublishedConsultationCached = cached(loadPublishedConsultation, {
  key: 'consultation',
  tags: (slug) => [cacheTags.consultation(slug)],
});

/** Cached loadPublishedConsultation; a non-slug is answered before the cache. */
export function getPublishedConsultation(slug: string): Promise<ConsultationDetail | null> {
  return isSlug(slug) ? getPublishedConsultationCached(slug) : Promise.resolve(null);
}
