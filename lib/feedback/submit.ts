import { publishedSql } from '../core/published';
import { rawRows } from '../db/raw';
import { Prisma } from '../generated/prisma/client';
import { KIND_VALUES, type FeedbackInput } from './schema';
import { type StoreResult, type SubmitContext, storeCitizenItem } from './store';

export type { SubmitContext } from './store';

export type SubmitResult =
  /** Stored, or refused by a limit; with the article's title for the answer page. */
  | (StoreResult & { title: string })
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
  // The article open for feedback (published() in SQL, publishedSql), read
  // in the statement that stores: one round trip for the whole submission.
  const gate = Prisma.sql`
    SELECT a."id", r."title" FROM "Article" a JOIN "ArticleRevision" r ON r."id" = a."liveRevisionId"
    WHERE a."slug" = ${slug} AND ${publishedSql(now)} AND a."feedbackMode" = 'OPEN'`;
  return storeCitizenItem(
    { article: { gate, name: 'feedback-store' }, kind: KIND_VALUES[input.kind] },
    { name: input.name, anonymous: input.anonymous === 'on', email: input.email, body: input.body },
    { ...context, now },
  );
}

/**
 * The title of the published article at `slug` (null when there is none),
 * for the pages that answer a submission that was not stored.
 */
export async function publishedArticleTitle(
  slug: string,
  now = new Date(),
): Promise<string | null> {
  const [row] = await rawRows<{ title: string }>(
    Prisma.sql`
    SELECT r."title" FROM "Article" a JOIN "ArticleRevision" r ON r."id" = a."liveRevisionId"
    WHERE a."slug" = ${slug} AND ${publishedSql(now)}`,
    'feedback-article-title',
  );
  return row?.title ?? null;
}
