import { published } from '../core/published';
import { db } from '../db/client';
import { KIND_VALUES, type FeedbackInput } from './schema';
import { type StoreResult, type SubmitContext, storeCitizenItem } from './store';

export type { SubmitContext } from './store';

export type SubmitResult =
  | StoreResult
  /** The honeypot was filled: answered like a success, nothing stored. */
  | { status: 'trap' }
  /** No published article at this slug, or its feedback is closed or hidden. */
  | { status: 'closed' };

/**
 * Stores one reader's feedback on a published article whose feedback is
 * open (see storeCitizenItem for the rules every item goes through). Input
 * is the parsed form (lib/feedback/schema.ts), consent included.
 */
export async function submitFeedback(
  slug: string,
  input: FeedbackInput,
  context: SubmitContext,
): Promise<SubmitResult> {
  if (input.website) return { status: 'trap' };
  const now = context.now ?? new Date();
  const article = await db().article.findFirst({
    where: { slug, ...published(now), feedbackMode: 'OPEN' },
    select: { id: true },
  });
  if (!article) return { status: 'closed' };
  return storeCitizenItem(
    { articleId: article.id, kind: KIND_VALUES[input.kind] },
    { name: input.name, anonymous: input.anonymous === 'on', email: input.email, body: input.body },
    { ...context, now },
  );
}
