import 'server-only';
import type { Actor } from '../auth/actor';
import type { Article, ArticleRevision } from '../generated/prisma/client';
import { publishLinks } from './article-fields';
import { ConflictError, NotFoundError } from './errors';
import { auditRevision, guardedUpdate, type Tx } from './tx';

/**
 * Makes `revision` (already PUBLISHED by the caller, same transaction) the
 * one the public sees: the previous live revision becomes SUPERSEDED, the
 * article points at the new one and takes its category and its "Đọc thêm"
 * links and plan items, and the article's publication date is set the
 * first time only (it is what the public sees and sorts by). From then on the slug never changes (editing.ts keys on
 * publishedAt). Every write is guarded, so a concurrent unpublish or
 * approval of the same article turns into a ConflictError, not a mix.
 */
export async function goLive(
  tx: Tx,
  revision: ArticleRevision,
  at: Date,
  actor: Actor | null,
): Promise<Article> {
  const article = await tx.article.findUnique({ where: { id: revision.articleId } });
  if (!article) throw new NotFoundError();
  const previousId = article.liveRevisionId;
  if (previousId && previousId !== revision.id) {
    await supersede(tx, previousId, revision.number, actor);
  }
  const data = {
    liveRevisionId: revision.id,
    categoryId: revision.categoryId,
    publishedAt: article.publishedAt ?? at,
  };
  const { count } = await tx.article.updateMany({
    where: { id: article.id, liveRevisionId: previousId },
    data,
  });
  if (count === 0) throw new ConflictError();
  await publishLinks(tx, article.id, revision);
  return { ...article, ...data };
}

/** The revision that was live steps down (guarded: it must still be PUBLISHED). */
async function supersede(tx: Tx, id: string, byNumber: number, actor: Actor | null) {
  const previous = await tx.articleRevision.findUnique({ where: { id } });
  if (!previous) throw new ConflictError();
  const key = { id, state: 'PUBLISHED' as const, version: previous.version };
  await guardedUpdate(tx, key, { state: 'SUPERSEDED' });
  await auditRevision(tx, actor, {
    revisionId: id,
    action: 'supersede',
    from: 'PUBLISHED',
    to: 'SUPERSEDED',
    note: `Được thay bằng phiên bản ${byNumber}`,
  });
}
