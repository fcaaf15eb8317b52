import 'server-only';
import { tagsForArticle } from '../cache/tags';
import { db } from '../db/client';
import { ConflictError } from '../core/errors';
import { statesAllowing } from '../core/states';
import { applyTransition } from './apply-transition';
import { inTransaction } from './tx';

export const SCHEDULED_PUBLISH_NOTE = 'Tự động xuất bản theo lịch';

export type PromotedRevision = { revisionId: string; articleId: string; slug: string };

export type PublishDueResult = {
  promoted: PromotedRevision[];
  /** Revisions that hit an unexpected error; they stay SCHEDULED. */
  failed: { revisionId: string; error: unknown }[];
  /** Cache tags to expire for what was promoted. */
  tags: string[];
};

/** Enough for one tick; anything left is taken on the next. */
const BATCH = 100;

/**
 * Publishes every revision whose time has come (publishAt <= now) in a state
 * the transition table lets `publishDue` leave (SCHEDULED). Each promotion
 * is its own transaction through applyTransition, guarded on state and
 * version, so it is idempotent and safe when several server instances run
 * it at once: a revision is promoted by exactly one of them, with one audit
 * row (actor null). The public date is the scheduled time, not the moment
 * the tick ran. A revision that cannot go live now (a concurrent change to
 * its article) stays as it was and is retried on the next tick.
 * Returns what was promoted and the cache tags to expire.
 */
export async function publishDueRevisions(now: Date = new Date()): Promise<PublishDueResult> {
  const due = await db().articleRevision.findMany({
    where: { state: { in: statesAllowing('publishDue') }, publishAt: { lte: now } },
    select: { id: true },
    orderBy: { publishAt: 'asc' },
    take: BATCH,
  });
  const promoted: PromotedRevision[] = [];
  const failed: PublishDueResult['failed'] = [];
  for (const { id } of due) {
    try {
      const done = await promote(id);
      if (done) promoted.push(done);
    } catch (error) {
      // Another instance acted first (ConflictError); one broken revision
      // must not hold back the others.
      if (!(error instanceof ConflictError)) failed.push({ revisionId: id, error });
    }
  }
  const tags = [...new Set(promoted.flatMap((p) => tagsForArticle(p.slug)))];
  return { promoted, failed, tags };
}

async function promote(revisionId: string): Promise<PromotedRevision | null> {
  return inTransaction(async (tx) => {
    const revision = await tx.articleRevision.findUnique({ where: { id: revisionId } });
    if (!revision?.publishAt) return null;
    const { article } = await applyTransition(tx, null, revision, {
      systemEvent: 'publishDue',
      data: { publishedAt: revision.publishAt },
      note: SCHEDULED_PUBLISH_NOTE,
    });
    return { revisionId: revision.id, articleId: article.id, slug: article.slug };
  });
}
