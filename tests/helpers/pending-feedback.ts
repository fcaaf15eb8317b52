import { db } from '../../lib/db/client';
import type { FeedbackKind, FeedbackState } from '../../lib/generated/prisma/enums';

let counter = 0;

export type FeedbackFixture = {
  articleId: string;
  kind?: FeedbackKind;
  name?: string;
  body?: string;
  email?: string | null;
  verified?: boolean;
  spamScore?: number | null;
  groupId?: string | null;
  createdAt?: Date;
};

/**
 * A reader's item as the portal stores it on submission: PENDING, with the
 * consent the form records, on a published article. Stands in for the
 * public form's submission in moderation tests.
 */
export async function pendingFeedback(input: FeedbackFixture) {
  counter += 1;
  return db().feedback.create({
    data: {
      articleId: input.articleId,
      kind: input.kind ?? 'SUGGESTION',
      state: 'PENDING',
      name: input.name ?? `Bạn đọc ${counter}`,
      body: input.body ?? `Ý kiến số ${counter} về chính sách truyền thông.`,
      email: input.email === undefined ? `ban-doc-${counter}@example.com` : input.email,
      verifiedAt: input.verified ? new Date() : null,
      consentAt: new Date(),
      consentVersion: 'test-1',
      spamScore: input.spamScore ?? null,
      groupId: input.groupId ?? null,
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    },
  });
}

/** The item as stored, for assertions. */
export function storedFeedback(id: string) {
  return db().feedback.findUniqueOrThrow({ where: { id } });
}

/** The item's audit rows, oldest first. */
export function feedbackAudit(id: string, entityType: 'feedback' | 'feedback-answer' = 'feedback') {
  return db().auditEvent.findMany({ where: { entityType, entityId: id }, orderBy: { id: 'asc' } });
}

/** Items in a state, for assertions. */
export function feedbackIn(state: FeedbackState) {
  return db().feedback.findMany({ where: { state } });
}
