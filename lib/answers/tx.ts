import 'server-only';
import type { Actor } from '../core/actor';
import type { FeedbackAnswer, Prisma } from '../generated/prisma/client';
import { NotFoundError } from '../core/errors';
import type { RevisionAction, RevisionState } from '../core/states';
import { applyRowStep, auditRow, type RowTable } from '../workflow/row-step';
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

/** Where answers live, for the articles' workflow steps (../workflow/row-step.ts). */
const ANSWERS: RowTable<FeedbackAnswer, Prisma.FeedbackAnswerUncheckedUpdateManyInput> = {
  entityType: 'feedback-answer',
  stale: STALE_ANSWER,
  update: (tx, where, data) => tx.feedbackAnswer.updateMany({ where, data }),
  load: loadAnswer,
};

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
  const { answerId, ...rest } = entry;
  return auditRow(tx, actor, 'feedback-answer', { id: answerId, ...rest });
}

export type AnswerStep = {
  action: Extract<RevisionAction, 'edit' | 'submit' | 'approve' | 'reject' | 'unpublish'>;
  data?: Prisma.FeedbackAnswerUncheckedUpdateManyInput;
  note?: string | null;
};

/** Every change of an answer's state: the articles' policy and transition table decide. */
export function applyAnswerStep(
  tx: Tx,
  actor: Actor,
  answer: FeedbackAnswer,
  step: AnswerStep,
): Promise<FeedbackAnswer> {
  return applyRowStep(tx, actor, ANSWERS, answer, step);
}
