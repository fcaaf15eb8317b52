import { published } from '../core/published';
import { cached } from '../cache/cached';
import { cacheTags } from '../cache/tags';
import { db } from '../db/client';
import type { FeedbackMode } from '../generated/prisma/client';
import { isSlug } from '../text/slug';

/** Shown under an article; older items beyond it are counted, not listed. */
export const SHOWN_LIMIT = 500;

/** The name shown for a person who asked not to be named. */
export const ANONYMOUS_NAME = 'Bạn đọc';

export type PublicAnswer = { body: string; publishedAt: string };

export type PublicFeedback = {
  id: string;
  kind: 'SUGGESTION' | 'QUESTION';
  /** The name as given, or "Bạn đọc". Never the email. */
  name: string;
  /** Plain text: render as text, never as HTML. */
  body: string;
  /** When it was sent (ISO). */
  createdAt: string;
  verified: boolean;
  answer: PublicAnswer | null;
};

export type ArticleFeedback = {
  mode: FeedbackMode;
  items: PublicFeedback[];
  total: number;
  verified: number;
};

const HIDDEN: ArticleFeedback = { mode: 'HIDDEN', items: [], total: 0, verified: 0 };

/**
 * The published feedback of a published article, oldest first, each with its
 * answer when that answer is PUBLISHED, and the counts (all, email-verified).
 * Only state PUBLISHED leaves this function: nothing pending, rejected,
 * hidden or withdrawn, and no email or hash.
 */
export async function loadArticleFeedback(slug: string): Promise<ArticleFeedback> {
  if (!isSlug(slug)) return HIDDEN;
  const article = await db().article.findFirst({
    where: { slug, ...published() },
    select: { id: true, feedbackMode: true },
  });
  if (!article || article.feedbackMode === 'HIDDEN') return HIDDEN;
  const where = { articleId: article.id, state: 'PUBLISHED' as const };
  const [rows, total, verified] = await Promise.all([
    db().feedback.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: SHOWN_LIMIT,
      select: {
        id: true,
        kind: true,
        name: true,
        anonymous: true,
        body: true,
        createdAt: true,
        verifiedAt: true,
        answer: { select: { state: true, body: true, publishedAt: true } },
      },
    }),
    db().feedback.count({ where }),
    db().feedback.count({ where: { ...where, verifiedAt: { not: null } } }),
  ]);
  const items = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.anonymous || r.name === '' ? ANONYMOUS_NAME : r.name,
    body: r.body,
    createdAt: r.createdAt.toISOString(),
    verified: r.verifiedAt !== null,
    answer: publicAnswer(r.answer),
  }));
  return { mode: article.feedbackMode, items, total, verified };
}

/** The answer only once approved and published: a draft or one awaiting approval stays in. */
function publicAnswer(
  answer: { state: string; body: string; publishedAt: Date | null } | null,
): PublicAnswer | null {
  if (answer?.state !== 'PUBLISHED' || !answer.publishedAt) return null;
  return { body: answer.body, publishedAt: answer.publishedAt.toISOString() };
}

/**
 * Cached loadArticleFeedback, under the article's own tag: publishing,
 * hiding or answering feedback expires tagsForArticle(slug), which empties
 * this read, the page memo and (through Redis) every other instance at once.
 */
export const getArticleFeedback = cached(loadArticleFeedback, {
  key: 'article-feedback',
  tags: (slug) => [cacheTags.article(slug)],
});
