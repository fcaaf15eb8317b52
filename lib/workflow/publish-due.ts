import 'server-only';
import { tagsForArticle } from '../cache/tags';
import { db } from '../db/client';
import { ConflictError } from './errors';
import { goLive } from './go-live';
import { auditRevision, inTransaction } from './tx';

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
 * Publishes every SCHEDULED revision whose time has come (publishAt <= now).
 * Each promotion is its own transaction guarded on state and version, so it
 * is idempotent and safe when several server instances run it at once: a
 * revision is promoted by exactly one of them, with one audit row (actor
 * null). The public date is the scheduled time, not the moment the tick ran.
 * A revision that cannot go live now (a concurrent change to its article)
 * stays SCHEDULED and is retried on the next tick.
 * Returns what was promoted and the cache tags to expire.
 */
export async function publishDueRevisions(now: Date = new Date()): Promise<PublishDueResult> {
  const due = await db().articleRevision.findMany({
    where: { state: 'SCHEDULED', publishAt: { lte: now } },
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
      // One broken revision must not hold back the others.
      if (!(error instanceof ConflictError)) failed.push({ revisionId: id, error });
    }
  }
  const tags = [...new Set(promoted.flatMap((p) => tagsForArticle(p.slug)))];
  return { promoted, failed, tags };
}

async function promote(revisionId: string): Promise<PromotedRevision | null> {
  return inTransaction(async (tx) => {
    const revision = await tx.articleRevision.findUnique({ where: { id: revisionId } });
    if (revision?.state !== 'SCHEDULED' || !revision.publishAt) return null;
    const at = revision.publishAt;
    const { count } = await tx.articleRevision.updateMany({
      where: { id: revision.id, state: 'SCHEDULED', version: revision.version },
      data: { state: 'PUBLISHED', publishedAt: at, version: { increment: 1 } },
    });
    // Another instance promoted it between our read and our write.
    if (count === 0) return null;
    await auditRevision(tx, null, {
      revisionId: revision.id,
      action: 'publishDue',
      from: 'SCHEDULED',
      to: 'PUBLISHED',
      note: SCHEDULED_PUBLISH_NOTE,
    });
    const article = await goLive(tx, { ...revision, state: 'PUBLISHED' }, at, null);
    return { revisionId: revision.id, articleId: article.id, slug: article.slug };
  });
}
