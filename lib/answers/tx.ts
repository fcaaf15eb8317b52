import 'server-only';
import type { Actor } from '../core/actor';
import { recordAudit } from '../audit/record';
import type { FeedbackAnswer, Prisma } from '../generated/prisma/client';
import { ConflictError, NotFoundError } from '../core/errors';
import { authorize } from '../core/policy';
import { nextState, type RevisionAction, type RevisionState, WORKFLOW } from '../core/states';
import type { Tx } from '../workflow/tx';

export const STALE_ANSWER =
  'Trả lời này vừa được người khác thay đổi nên thao tác của bạn chưa được thực hiện. Nội dung bạn nhập vẫn được giữ nguyên; hãy mở lại trang trong một thẻ mới để xem bản mới nhất rồi thử lại.';
export const NO_SUCH_ANSWER = 'Không tìm thấy trả lời này. Có thể đường dẫn không đúng.';

/** The answer, or NotFoundError (a forged or stale id). */
export async function loadAnswer(tx: Tx, id: string): Promise<FeedbackAnswer> {
  const answer = await tx.feedbackAnswer.findUnique({ where: { id } });
  if (!answer) throw new NotFoundError(NO_SUCH_ANSWER);
  return answer;
}

/** Appends the audit row of an answer's step, in the same transaction. */
export function auditAnswer(
  tx: Tx,
  actor: Actor,
  entry: {
    answerId: string;
    action: string;
    from: RevisionState | null;
    to: RevisionState;
    note?: string | null;
  },
): Promise<void> {
  return recordAudit(tx, {
    actorId: actor.id,
    actorEmail: actor.email,
    ip: actor.ip ?? null,
    entityType: 'feedback-answer',
    entityId: entry.answerId,
    action: entry.action,
    fromState: entry.from,
    toState: entry.to,
    note: entry.note ?? null,
  });
}

export type AnswerStep = {
  action: Extract<RevisionAction, 'edit' | 'submit' | 'approve' | 'reject' | 'unpublish'>;
  data?: Prisma.FeedbackAnswerUncheckedUpdateManyInput;
  note?: string | null;
};

/**
 * Every change of an answer's state, inside the caller's transaction: the
 * articles' policy decides (the answer is the revision: its author,
 * contributors and submitter, so the four-eyes rule is the same), the
 * articles' transition table gives the new state, one UPDATE compares and
 * sets id, state and version (zero rows: ConflictError), then the audit row.
 */
export async function applyAnswerStep(
  tx: Tx,
  actor: Actor,
  answer: FeedbackAnswer,
  step: AnswerStep,
): Promise<FeedbackAnswer> {
  authorize(actor, step.action, answer);
  const event = WORKFLOW.actions[step.action].event;
  const to = nextState(answer.state, event);
  if (!to) throw new ConflictError(STALE_ANSWER);
  const { count } = await tx.feedbackAnswer.updateMany({
    where: { id: answer.id, state: answer.state, version: answer.version },
    data: { ...step.data, state: to, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(STALE_ANSWER);
  const entry = { answerId: answer.id, action: event, from: answer.state, to, note: step.note };
  await auditAnswer(tx, actor, entry);
  return loadAnswer(tx, answer.id);
}
