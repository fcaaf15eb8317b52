import 'server-only';
import { cached } from '../cache/cached';
import { cacheTags } from '../cache/tags';
import { publishedConsultation } from '../consultations/published';
import { db } from '../db/client';
import type { CommenterType, CommentStance } from '../generated/prisma/enums';
import { isSlug } from '../text/slug';
import { STANCES } from './labels';

/** The most comments one unit lists on the public page (counts are always whole). */
export const SHOWN_PER_UNIT = 200;

/** Published comments by stance, email-verified and not apart. */
export type StanceCounts = Record<CommentStance, { verified: number; unverified: number }>;

export type PublicComment = {
  id: string;
  name: string;
  body: string;
  stance: CommentStance;
  commenterType: CommenterType;
  createdAt: string;
  verified: boolean;
  /** "góp ý trên dự thảo lần N". */
  versionNumber: number;
  /** The anchor it was made on, in that version (null: the whole draft). */
  madeOnAnchor: string | null;
  /** Published copies of the same text (1: no copies); only the first is listed. */
  groupSize: number;
};

export type UnitComments = { counts: StanceCounts; total: number; items: PublicComment[] };

/**
 * Per live unit id, the whole draft ('toan-bo'), and units dropped by a
 * redraft ('da-bo'): what the public page shows beside each.
 */
export type ConsultationComments = Record<string, UnitComments>;
export const WHOLE_DRAFT = 'toan-bo';
export const DROPPED = 'da-bo';

export function emptyCounts(): StanceCounts {
  return Object.fromEntries(
    STANCES.map((s) => [s, { verified: 0, unverified: 0 }]),
  ) as StanceCounts;
}

type Row = {
  id: string;
  name: string;
  body: string;
  stance: CommentStance;
  commenterType: CommenterType;
  createdAt: Date;
  verifiedAt: Date | null;
  groupId: string | null;
  unitId: string | null;
  liveUnitId: string | null;
  versionNumber: number;
  madeOnAnchor: string | null;
};

const slotOf = (r: Row) => r.liveUnitId ?? (r.unitId ? DROPPED : WHOLE_DRAFT);

/**
 * The published comments of a published consultation, oldest first, per
 * unit of the live version (a comment follows its unit through redrafts),
 * with counts by stance (verified and unverified apart). Copies of one text
 * (a group) are listed once with the group's published size. Only
 * PUBLISHED comments: nothing before a moderator publishes it.
 */
export async function loadConsultationComments(slug: string): Promise<ConsultationComments> {
  if (!isSlug(slug)) return {};
  const consultation = await db().consultation.findFirst({
    where: { slug, ...publishedConsultation() },
    select: { id: true },
  });
  if (!consultation) return {};
  const rows = await db().$queryRaw<Row[]>`
    SELECT f.id, f.name, f.body, f.stance, f."commenterType", f."createdAt", f."verifiedAt",
           f."groupId", f."unitId", f."liveUnitId", v.number AS "versionNumber",
           u.anchor AS "madeOnAnchor"
    FROM "Feedback" f
    JOIN "ConsultationVersion" v ON v.id = f."versionId"
    LEFT JOIN "DraftUnit" u ON u.id = f."unitId"
    WHERE f."consultationId" = ${consultation.id} AND f.state = 'PUBLISHED'
    ORDER BY f."createdAt", f.id`;
  return collect(rows);
}

function collect(rows: Row[]): ConsultationComments {
  const out: ConsultationComments = {};
  const groupSize = new Map<string, number>();
  for (const r of rows)
    if (r.groupId) groupSize.set(r.groupId, (groupSize.get(r.groupId) ?? 0) + 1);
  const listed = new Set<string>();
  for (const r of rows) {
    const slot = slotOf(r);
    out[slot] ??= { counts: emptyCounts(), total: 0, items: [] };
    const unit = out[slot];
    unit.counts[r.stance][r.verifiedAt ? 'verified' : 'unverified'] += 1;
    unit.total += 1;
    if (r.groupId && listed.has(r.groupId)) continue;
    if (r.groupId) listed.add(r.groupId);
    if (unit.items.length >= SHOWN_PER_UNIT) continue;
    unit.items.push({
      id: r.id,
      name: r.name,
      body: r.body,
      stance: r.stance,
      commenterType: r.commenterType,
      createdAt: r.createdAt.toISOString(),
      verified: r.verifiedAt !== null,
      versionNumber: r.versionNumber,
      madeOnAnchor: r.madeOnAnchor,
      groupSize: r.groupId ? (groupSize.get(r.groupId) ?? 1) : 1,
    });
  }
  return out;
}

/**
 * Cached with the consultation page's tag: publishing, hiding, withdrawing
 * or erasing a comment expires tagsForConsultation(slug) (lib/moderation,
 * lib/feedback), and a new version does too.
 */
export const getConsultationComments = cached(loadConsultationComments, {
  key: 'consultation-comments',
  tags: (slug) => [cacheTags.consultation(slug)],
});
