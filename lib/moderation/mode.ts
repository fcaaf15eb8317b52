import 'server-only';
import { parseInput } from '../core/parse-input';
import type { Actor } from '../core/actor';
import { recordAudit } from '../audit/record';
import { db } from '../db/client';
import { tagsForArticle } from '../cache/tags';
import type { FeedbackMode } from '../generated/prisma/enums';
import { ConflictError, NotFoundError } from '../core/errors';
import { authorize, can } from '../core/policy';
import { inTransaction } from '../workflow/tx';
import { type FeedbackModeInput, feedbackModeInputSchema } from './schema';

/**
 * Sets whether readers' feedback on one article is OPEN (shown, with the
 * form), CLOSED (shown, no form) or HIDDEN (neither). A compare-and-set on
 * the mode the moderator's screen showed, so two people changing it at once
 * cannot both think they won; audited (entity 'article'). The caller
 * expires `tags` after the commit. EDITOR or APPROVER only.
 */
export async function setFeedbackMode(
  actor: Actor,
  input: FeedbackModeInput,
): Promise<{ mode: FeedbackMode; tags: string[] }> {
  authorize(actor, 'moderateFeedback');
  const { articleId, mode, shown } = parseInput(feedbackModeInputSchema, input);
  return inTransaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId } });
    if (!article) throw new NotFoundError();
    if (mode === shown && article.feedbackMode === mode) return { mode, tags: [] };
    const { count } = await tx.article.updateMany({
      where: { id: articleId, feedbackMode: shown },
      data: { feedbackMode: mode },
    });
    if (count === 0) {
      throw new ConflictError(
        'Chế độ ý kiến bạn đọc của bài này vừa được người khác thay đổi. Hãy tải lại trang rồi thử lại.',
      );
    }
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      ip: actor.ip ?? null,
      entityType: 'article',
      entityId: articleId,
      action: 'feedback_mode',
      fromState: shown,
      toState: mode,
    });
    return { mode, tags: tagsForArticle(article.slug) };
  });
}

/**
 * The article's feedback mode for its staff screen, or null when this
 * person does not moderate or the article is a PAGE (pages take no feedback).
 */
export async function getFeedbackMode(
  actor: Actor,
  articleId: string,
): Promise<FeedbackMode | null> {
  if (!can(actor, 'moderateFeedback')) return null;
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: { kind: true, feedbackMode: true },
  });
  return article?.kind === 'ARTICLE' ? article.feedbackMode : null;
}
