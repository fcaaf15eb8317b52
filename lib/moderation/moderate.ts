import 'server-only';
import { parseInput } from '../core/parse-input';
import type { Actor } from '../core/actor';
import { recordAudit } from '../audit/record';
import { itemPage, targetSelect } from '../feedback/target';
import type { FeedbackState } from '../generated/prisma/enums';
import { learnSpam, unlearnSpam } from '../spam';
import { ConflictError, NotFoundError, ValidationError } from '../core/errors';
import { authorize } from '../core/policy';
import { inTransaction, type Tx } from '../workflow/tx';
import { moderatedState, spamLesson, spamLessonUndone } from './decisions';
import { REJECT_REASON_LABELS } from './labels';
import {
  type Decision,
  type DecisionInput,
  decisionInputSchema,
  type FeedbackRef,
  feedbackRefsSchema,
} from './schema';

export const STALE_FEEDBACK =
  'Ý kiến này vừa được người khác xử lý, hoặc trang của bạn đã cũ, nên chưa có gì thay đổi. Hãy tải lại danh sách rồi thử lại.';
const NOTHING_CHOSEN = 'Hãy chọn ít nhất một ý kiến rồi bấm lại.';
export const NO_SUCH_FEEDBACK = 'Không tìm thấy ý kiến này. Có thể đường dẫn không đúng.';

/** What a decision did: the items as now stored, and the public pages to expire. */
export type ModerationResult = {
  items: { id: string; version: number; state: FeedbackState }[];
  tags: string[];
};

/**
 * A moderator's decision (publish, reject with a reason, hide, restore) on
 * one item or many, all or nothing: in one transaction, each item is
 * updated only if it is still in the state and at the version the moderator
 * saw (zero rows: someone acted first, ConflictError, nothing is written),
 * with an audit row each, and the spam filter learns from a publication or
 * a refusal as spam in the same transaction (and unlearns a refusal as spam
 * that is restored). EDITOR or APPROVER only.
 * The caller expires `tags` after the commit.
 */
export async function moderateFeedback(
  actor: Actor,
  items: readonly FeedbackRef[],
  input: DecisionInput,
): Promise<ModerationResult> {
  authorize(actor, 'moderateFeedback');
  if (items.length === 0) {
    // Said in the form's own message: the checkboxes have no field of their own to mark.
    throw new ValidationError({ chon: [NOTHING_CHOSEN] }, NOTHING_CHOSEN);
  }
  const refs = parseInput(feedbackRefsSchema, items);
  const decision = parseInput(decisionInputSchema, input);
  // One order for every transaction, so two bulk decisions over the same rows wait, never deadlock.
  const ordered = [...refs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return inTransaction(async (tx) => {
    const done: ModerationResult['items'] = [];
    const tags = new Set<string>();
    for (const ref of ordered) {
      const one = await decideOne(tx, actor, ref, decision);
      done.push(one.item);
      if (one.publicChange) for (const tag of one.tags) tags.add(tag);
    }
    return { items: done, tags: [...tags] };
  });
}

async function decideOne(tx: Tx, actor: Actor, ref: FeedbackRef, decision: Decision) {
  const item = await tx.feedback.findUnique({
    where: { id: ref.id },
    select: {
      id: true,
      state: true,
      version: true,
      body: true,
      publishedAt: true,
      ...targetSelect,
      rejectReason: true,
    },
  });
  if (!item) throw new NotFoundError(NO_SUCH_FEEDBACK);
  const to = moderatedState(item.state, decision.decision);
  if (item.version !== ref.version || !to) throw new ConflictError(STALE_FEEDBACK);
  const now = new Date();
  const { count } = await tx.feedback.updateMany({
    where: { id: item.id, state: item.state, version: item.version },
    data: {
      state: to,
      version: { increment: 1 },
      moderatorId: actor.id,
      moderatedAt: now,
      rejectReason: decision.reason,
      rejectNote: decision.reason ? decision.note : null,
      ...(to === 'PUBLISHED' && !item.publishedAt ? { publishedAt: now } : {}),
    },
  });
  if (count === 0) throw new ConflictError(STALE_FEEDBACK);
  await recordAudit(tx, {
    actorId: actor.id,
    actorEmail: actor.email,
    ip: actor.ip ?? null,
    entityType: 'feedback',
    entityId: item.id,
    action: decision.decision,
    fromState: item.state,
    toState: to,
    note: auditNote(decision),
  });
  const lesson = spamLesson(decision.decision, decision.reason);
  if (lesson !== null) await learnSpam(tx, item.body, lesson);
  const undone = spamLessonUndone(decision.decision, item.state, item.rejectReason);
  if (undone !== null) await unlearnSpam(tx, item.body, undone);
  return {
    item: { id: item.id, version: item.version + 1, state: to },
    tags: itemPage(item).tags,
    publicChange: item.state === 'PUBLISHED' || to === 'PUBLISHED',
  };
}

/** "Xúc phạm: lời lẽ thô tục" in the audit trail: the reason, then the moderator's note. */
function auditNote(decision: Decision): string | null {
  const reason = decision.reason ? REJECT_REASON_LABELS[decision.reason] : null;
  const parts = [reason, decision.note].filter(Boolean);
  return parts.length > 0 ? parts.join(': ') : null;
}
