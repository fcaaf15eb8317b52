import { db } from '../../lib/db/client';
import { type FeedbackInput, feedbackInputSchema } from '../../lib/feedback/schema';
import { type SubmitContext, submitFeedback } from '../../lib/feedback/submit';
import type { FeedbackState } from '../../lib/generated/prisma/enums';

let counter = 0;

/** A valid form as a reader fills it in, parsed by the product's own schema. */
export function feedbackForm(overrides: Record<string, string | undefined> = {}): FeedbackInput {
  const n = ++counter;
  return feedbackInputSchema.parse({
    name: `Nguyễn Văn ${n}`,
    email: `ban-doc-${n}@example.vn`,
    body: `Ý kiến số ${n}: đề nghị Bộ công bố lộ trình thực hiện cụ thể hơn cho doanh nghiệp nhỏ số ${n * 7919}.`,
    kind: 'gop-y',
    consent: 'on',
    ...overrides,
  });
}

/** Submits as a reader would, and fails the test unless it was accepted. */
export async function submitAccepted(
  slug: string,
  overrides: Record<string, string | undefined> = {},
  context: SubmitContext = { ip: '198.51.100.20' },
) {
  const result = await submitFeedback(slug, feedbackForm(overrides), context);
  if (result.status !== 'accepted') throw new Error(`feedback not accepted: ${result.status}`);
  return result;
}

/**
 * Puts an item in a moderation state directly. Stands in for the staff
 * moderation screens (their own tests cover them) where a test of the public
 * side needs a published, rejected or hidden item.
 */
export async function setFeedbackState(id: string, state: FeedbackState, at = new Date()) {
  await db().feedback.update({
    where: { id },
    data: { state, moderatedAt: at, publishedAt: state === 'PUBLISHED' ? at : undefined },
  });
}
