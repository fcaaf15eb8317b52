import 'server-only';
import { parseInput, type ReasonInput, reasonInputSchema } from '../articles/schema';
import type { Actor } from '../auth/actor';
import { tagsForArticle } from '../cache/tags';
import { toArticleRef, toRevisionRef, type WorkflowResult } from './dto';
import { ConflictError, NotFoundError } from './errors';
import { authorize } from './policy';
import { auditRevision, guardedUpdate, inTransaction, loadRevision } from './tx';

/**
 * Takes a published article down (Gỡ bài): its live revision becomes
 * UNPUBLISHED and the article has no live revision, so published() no longer
 * matches it anywhere. The reason is required. Its publication date and slug
 * are kept: a later revision brings it back at the same address.
 */
export async function unpublishArticle(
  actor: Actor,
  articleId: string,
  input: ReasonInput,
): Promise<WorkflowResult> {
  const { reason } = parseInput(reasonInputSchema, input);
  return inTransaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId } });
    if (!article) throw new NotFoundError();
    if (!article.liveRevisionId) {
      throw new ConflictError('Bài viết này hiện không được xuất bản (có thể vừa có người gỡ).');
    }
    const live = await loadRevision(tx, article.liveRevisionId);
    authorize(actor, 'unpublish', live);
    const key = { id: live.id, state: live.state, version: live.version };
    await guardedUpdate(tx, key, { state: 'UNPUBLISHED' });
    const { count } = await tx.article.updateMany({
      where: { id: article.id, liveRevisionId: live.id },
      data: { liveRevisionId: null },
    });
    if (count === 0) throw new ConflictError();
    await auditRevision(tx, actor, {
      revisionId: live.id,
      action: 'unpublish',
      from: live.state,
      to: 'UNPUBLISHED',
      note: reason,
    });
    const updated = await loadRevision(tx, live.id);
    return {
      revision: toRevisionRef(updated),
      article: toArticleRef({ ...article, liveRevisionId: null }),
      tags: tagsForArticle(article.slug),
    };
  });
}
