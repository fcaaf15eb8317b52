import 'server-only';
import { type ReasonInput, reasonInputSchema } from '../articles/schema';
import { parseInput } from '../core/parse-input';
import type { Actor } from '../core/actor';
import { tagsForArticle } from '../cache/tags';
import { Prisma, type FeedbackAnswer } from '../generated/prisma/client';
import { ConflictError, ForbiddenError, NotFoundError } from '../core/errors';
import { authorize } from '../core/policy';
import { WORKFLOW } from '../core/states';
import { inTransaction, type Tx } from '../workflow/tx';
import { type AnswerInput, answerInputSchema } from './schema';
import { type AnswerStep, applyAnswerStep, auditAnswer, loadAnswer, STALE_ANSWER } from './tx';

/**
 * What an answer's step did: the answer as now stored, and the public pages
 * to expire after the commit (none unless what readers see changed).
 */
export type AnswerResult = {
  answer: Pick<FeedbackAnswer, 'id' | 'version' | 'state' | 'feedbackId'>;
  tags: string[];
};

async function questionOf(tx: Tx, feedbackId: string) {
  const feedback = await tx.feedback.findUnique({
    where: { id: feedbackId },
    select: {
      id: true,
      kind: true,
      state: true,
      erasedAt: true,
      article: { select: { slug: true } },
    },
  });
  if (!feedback) throw new NotFoundError('Không tìm thấy ý kiến này. Có thể đường dẫn không đúng.');
  return feedback;
}

/** Readers see an answer only while it and its question are both published. */
async function resultOf(tx: Tx, answer: FeedbackAnswer, wasLive: boolean): Promise<AnswerResult> {
  const isLive = answer.state === WORKFLOW.live;
  const { state, article } = await questionOf(tx, answer.feedbackId);
  const tags =
    wasLive !== isLive && state === 'PUBLISHED' && article ? tagsForArticle(article.slug) : [];
  const { id, version, feedbackId } = answer;
  return { answer: { id, version, state: answer.state, feedbackId }, tags };
}

/**
 * A new answer to a question, a DRAFT written by the actor (its author and
 * first contributor), with its audit row. Only a question still holding its
 * text may be answered; one answer per question (a second at the same
 * moment is a ConflictError).
 */
async function startAnswer(tx: Tx, actor: Actor, feedbackId: string, body: string) {
  authorize(actor, 'moderateFeedback');
  const question = await questionOf(tx, feedbackId);
  if (question.kind !== 'QUESTION' || question.state === 'WITHDRAWN' || question.erasedAt) {
    throw new ForbiddenError('Chỉ trả lời được câu hỏi của bạn đọc còn nội dung.');
  }
  try {
    const answer = await tx.feedbackAnswer.create({
      data: {
        feedbackId,
        body,
        state: WORKFLOW.initial,
        authorId: actor.id,
        contributorIds: [actor.id],
      },
    });
    await auditAnswer(tx, actor, {
      answerId: answer.id,
      action: 'create',
      from: null,
      to: answer.state,
    });
    return answer;
  } catch (error) {
    const duplicate =
      error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
    throw duplicate ? new ConflictError(STALE_ANSWER) : error;
  }
}

/**
 * "Lưu nháp" / "Gửi duyệt" in the answer editor. `expectedVersion` is the
 * version the editor was loaded with, null when the question had no answer
 * yet (then a DRAFT is created). Editing joins the actor to the
 * contributors, so they may not approve it; with `submit`, the answer is
 * also submitted in the same transaction (a refusal rolls back both).
 */
export async function saveAnswer(
  actor: Actor,
  feedbackId: string,
  expectedVersion: number | null,
  input: AnswerInput,
  options: { submit?: boolean } = {},
): Promise<AnswerResult> {
  const { body } = parseInput(answerInputSchema, input);
  return inTransaction(async (tx) => {
    const existing = await tx.feedbackAnswer.findUnique({ where: { feedbackId } });
    if ((existing?.version ?? null) !== expectedVersion) throw new ConflictError(STALE_ANSWER);
    let answer = existing
      ? await applyAnswerStep(tx, actor, existing, {
          action: 'edit',
          data: { body, contributorIds: [...new Set([...existing.contributorIds, actor.id])] },
        })
      : await startAnswer(tx, actor, feedbackId, body);
    if (options.submit) answer = await applyAnswerStep(tx, actor, answer, submitStep(actor));
    return resultOf(tx, answer, false);
  });
}

function submitStep(actor: Actor): AnswerStep {
  return {
    action: 'submit',
    data: { submitterId: actor.id, submittedAt: new Date(), rejectionNote: null },
  };
}

/** One step on an answer as the actor saw it (id and version), in its own transaction. */
function step(actor: Actor, answerId: string, expectedVersion: number, make: () => AnswerStep) {
  return inTransaction(async (tx) => {
    const answer = await loadAnswer(tx, answerId);
    if (answer.version !== expectedVersion) throw new ConflictError(STALE_ANSWER);
    const wasLive = answer.state === WORKFLOW.live;
    return resultOf(tx, await applyAnswerStep(tx, actor, answer, make()), wasLive);
  });
}

/** DRAFT or REJECTED -> SUBMITTED; the submitter may not then approve it. */
export async function submitAnswer(actor: Actor, answerId: string, expectedVersion: number) {
  return step(actor, answerId, expectedVersion, () => submitStep(actor));
}

/**
 * "Phê duyệt": SUBMITTED -> PUBLISHED at once, by an approver who neither
 * wrote, edited nor submitted it. Readers see it once its question is
 * published too. The caller emails the asker after the commit.
 */
export async function approveAnswer(actor: Actor, answerId: string, expectedVersion: number) {
  const now = new Date();
  return step(actor, answerId, expectedVersion, () => ({
    action: 'approve',
    data: { approverId: actor.id, approvedAt: now, publishedAt: now },
  }));
}

/** SUBMITTED -> REJECTED with a required reason, shown to whoever wrote it. */
export async function rejectAnswer(
  actor: Actor,
  answerId: string,
  expectedVersion: number,
  input: ReasonInput,
) {
  const { reason } = parseInput(reasonInputSchema, input);
  return step(actor, answerId, expectedVersion, () => ({
    action: 'reject',
    data: { rejectionNote: reason },
    note: reason,
  }));
}

/** "Gỡ trả lời" with a required reason: PUBLISHED -> UNPUBLISHED, off the article at once. */
export async function unpublishAnswer(
  actor: Actor,
  answerId: string,
  expectedVersion: number,
  input: ReasonInput,
) {
  const { reason } = parseInput(reasonInputSchema, input);
  return step(actor, answerId, expectedVersion, () => ({ action: 'unpublish', note: reason }));
}
