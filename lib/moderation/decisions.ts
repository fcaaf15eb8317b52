import type { FeedbackRejectReason, FeedbackState } from '../generated/prisma/enums';

/**
 * A moderator's decisions as data: the states each applies to and the state
 * it leads to. A (state, decision) pair missing here is refused, so a
 * decision made on a stale screen (the item has moved on) is a conflict.
 * - publish: the item becomes public on its article.
 * - reject: refused with one of four reasons; never public.
 * - hide: a published item taken off the page again.
 * - restore: a hidden item back on the page, or a rejected one back in the
 *   queue (a mistaken refusal is reconsidered like a new item).
 * WITHDRAWN (the sender took it back) is final: its text is erased.
 */
export const MODERATION = {
  publish: { PENDING: 'PUBLISHED' },
  reject: { PENDING: 'REJECTED' },
  hide: { PUBLISHED: 'HIDDEN' },
  restore: { HIDDEN: 'PUBLISHED', REJECTED: 'PENDING' },
} as const satisfies Record<string, Partial<Record<FeedbackState, FeedbackState>>>;

export type ModerationDecision = keyof typeof MODERATION;
export const MODERATION_DECISIONS = Object.keys(MODERATION) as ModerationDecision[];

/** The state `decision` moves an item in `from` to, or null when it does not apply. */
export function moderatedState(
  from: FeedbackState,
  decision: ModerationDecision,
): FeedbackState | null {
  const row: Partial<Record<FeedbackState, FeedbackState>> = MODERATION[decision];
  return row[from] ?? null;
}

/** The decisions that apply to an item in `state` (the buttons a screen offers). */
export function decisionsFor(state: FeedbackState): ModerationDecision[] {
  return MODERATION_DECISIONS.filter((d) => moderatedState(state, d) !== null);
}

/**
 * What the spam filter learns from a decision: a refusal as spam is spam,
 * a publication is not; the other refusals (abusive, off topic, personal
 * data) say nothing about spam, and hiding or restoring teaches nothing new.
 */
export function spamLesson(
  decision: ModerationDecision,
  reason: FeedbackRejectReason | null,
): boolean | null {
  if (decision === 'publish') return false;
  if (decision === 'reject' && reason === 'SPAM') return true;
  return null;
}

/**
 * What a decision takes back from the spam filter: a refusal as spam
 * restored to the queue was a mistaken lesson, unlearnt (lib/spam's
 * unlearnSpam) so that the filter no longer counts the text as spam.
 */
export function spamLessonUndone(
  decision: ModerationDecision,
  from: FeedbackState,
  reason: FeedbackRejectReason | null,
): boolean | null {
  if (decision === 'restore' && from === 'REJECTED' && reason === 'SPAM') return true;
  return null;
}

/** Labels of the decisions, as buttons and in the audit trail. */
export const DECISION_LABELS: Readonly<Record<ModerationDecision, string>> = {
  publish: 'Đăng',
  reject: 'Từ chối',
  hide: 'Ẩn',
  restore: 'Khôi phục',
};
