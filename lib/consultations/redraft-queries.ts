import 'server-only';
import { cached } from '../cache/cached';
import { cacheTags } from '../cache/tags';
import { db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { isSlug } from '../text/slug';
import { publishedConsultation } from './published';
import { compareVersions, type RedraftComparison } from './redraft';

/**
 * A version the public has seen: approved and published (the live one, or
 * one a later version superseded) of a published consultation. Drafts,
 * submitted and rejected versions are never compared in public.
 */
export function publishedVersion(
  slug: string,
  now: Date = new Date(),
): Prisma.ConsultationVersionWhereInput {
  return {
    consultation: { slug, ...publishedConsultation(now) },
    state: { in: ['PUBLISHED', 'SUPERSEDED'] },
    publishedAt: { not: null, lte: now },
  };
}

export type RedraftView = {
  slug: string;
  /** The live version's title. */
  title: string;
  from: { number: number; publishedAt: string };
  to: { number: number; publishedAt: string };
  comparison: RedraftComparison;
};

const versionSelect = {
  number: true,
  title: true,
  publishedAt: true,
  preamble: true,
  closing: true,
  units: {
    orderBy: { position: 'asc' },
    select: { anchor: true, kind: true, number: true, title: true, text: true, parentAnchor: true },
  },
} as const;

/** The numbers of a consultation's published versions, oldest first (empty when nothing is public). */
export async function loadPublishedVersionNumbers(slug: string): Promise<number[]> {
  if (!isSlug(slug)) return [];
  const rows = await db().consultationVersion.findMany({
    where: publishedVersion(slug),
    orderBy: { number: 'asc' },
    select: { number: true },
  });
  return rows.map((r) => r.number);
}

/** Published version `from` against published version `to` (from < to), or null. */
export async function loadRedraft(
  slug: string,
  from: number,
  to: number,
): Promise<RedraftView | null> {
  if (!isSlug(slug) || !(from < to)) return null;
  const rows = await db().consultationVersion.findMany({
    where: { ...publishedVersion(slug), number: { in: [from, to] } },
    orderBy: { number: 'asc' },
    select: versionSelect,
  });
  const [a, b] = rows;
  if (!a?.publishedAt || !b?.publishedAt || rows.length !== 2) return null;
  const live = await db().consultation.findFirst({
    where: { slug, ...publishedConsultation() },
    select: { liveVersion: { select: { title: true } } },
  });
  return {
    slug,
    title: live?.liveVersion?.title ?? b.title,
    from: { number: a.number, publishedAt: a.publishedAt.toISOString() },
    to: { number: b.number, publishedAt: b.publishedAt.toISOString() },
    comparison: compareVersions(a, b),
  };
}

export const getRedraft = cached(loadRedraft, {
  key: 'consultation-redraft',
  tags: (slug) => [cacheTags.consultation(slug)],
});

export const getPublishedVersionNumbers = cached(loadPublishedVersionNumbers, {
  key: 'consultation-version-numbers',
  tags: (slug) => [cacheTags.consultation(slug)],
});
