import { db } from '../db/client';
import { isOpen, windowPhase } from '../consultations/comment-window';
import { publishedConsultation } from '../consultations/published';
import { type StoreResult, type SubmitContext, storeCitizenItem } from '../feedback/store';
import { COMMENTER_TYPE_VALUES, STANCE_VALUES } from './labels';
import type { ParsedComment } from './schema';

export type CommentResult =
  | StoreResult
  /** The honeypot was filled: answered like a success, nothing stored. */
  | { status: 'trap' }
  /** No published consultation at this slug. */
  | { status: 'missing' }
  /** The window has not opened yet. */
  | { status: 'upcoming' }
  /** The window is over: "Đã hết thời hạn góp ý". */
  | { status: 'late' }
  /** The person read an older version (or a unit it no longer has): nothing stored. */
  | { status: 'stale' };

/**
 * Stores one citizen's comment on a published consultation, on its live
 * version: on one unit (by anchor) or the whole draft. Accepted only inside
 * the live version's window (Vietnam time, closing at the end of the stated
 * minute), checked here at the instant of the request, never by the form.
 * Everything else (limits, spam score, grouping with copies on the same
 * unit and stance, consent, verification token) is the feedback's own
 * pipeline, storeCitizenItem. The comment is PENDING: never public before a
 * moderator publishes it.
 */
export async function submitComment(
  slug: string,
  input: ParsedComment,
  context: SubmitContext,
): Promise<CommentResult> {
  if (input.website) return { status: 'trap' };
  const now = context.now ?? new Date();
  const consultation = await db().consultation.findFirst({
    where: { slug, ...publishedConsultation(now) },
    select: {
      id: true,
      liveVersion: { select: { id: true, number: true, opensAt: true, closesAt: true } },
    },
  });
  const live = consultation?.liveVersion;
  if (!consultation || !live) return { status: 'missing' };
  if (!isOpen(live, now)) {
    return { status: windowPhase(live, now) === 'upcoming' ? 'upcoming' : 'late' };
  }
  if (input.versionNumber !== undefined && input.versionNumber !== live.number) {
    return { status: 'stale' };
  }
  let unitId: string | null = null;
  if (input.unit) {
    const unit = await db().draftUnit.findUnique({
      where: { versionId_anchor: { versionId: live.id, anchor: input.unit } },
      select: { id: true },
    });
    if (!unit) return { status: 'stale' };
    unitId = unit.id;
  }
  return storeCitizenItem(
    {
      consultationId: consultation.id,
      versionId: live.id,
      unitId,
      stance: STANCE_VALUES[input.stance],
      commenterType: COMMENTER_TYPE_VALUES[input.commenterType],
    },
    { name: input.name, anonymous: false, email: input.email, body: input.body },
    { ...context, now },
  );
}
