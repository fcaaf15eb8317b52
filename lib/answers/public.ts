import 'server-only';
import { db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { WORKFLOW } from '../core/states';

/**
 * The one rule for an answer readers may see: approved (the workflow's live
 * state) and its question published. A hidden, rejected or withdrawn
 * question takes its answer off the page with it.
 */
export const publicAnswerWhere = {
  state: WORKFLOW.live,
  feedback: { state: 'PUBLISHED' },
} as const satisfies Prisma.FeedbackAnswerWhereInput;

export type PublicAnswer = { feedbackId: string; body: string; publishedAt: Date | null };

/**
 * "Trả lời của Bộ" for the questions shown on an article (their ids), keyed
 * by question; a question with no public answer is absent.
 */
export async function listPublicAnswers(
  feedbackIds: readonly string[],
): Promise<Map<string, PublicAnswer>> {
  if (feedbackIds.length === 0) return new Map();
  const answers = await db().feedbackAnswer.findMany({
    where: { ...publicAnswerWhere, feedbackId: { in: [...feedbackIds] } },
    select: { feedbackId: true, body: true, publishedAt: true },
  });
  return new Map(answers.map((a) => [a.feedbackId, a]));
}
