import 'server-only';
import { type ReasonInput, reasonInputSchema } from '../articles/schema';
import { parseInput } from '../core/parse-input';
import type { Actor } from '../core/actor';
import { toWorkflowResult, type WorkflowResult } from './dto';
import { ConflictError, NotFoundError } from '../core/errors';
import { applyTransition } from './apply-transition';
import { inTransaction, loadRevision } from './tx';

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
    const step = { action: 'unpublish', note: reason } as const;
    return toWorkflowResult(await applyTransition(tx, actor, live, step));
  });
}
