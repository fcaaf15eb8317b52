import 'server-only';
import type { Actor } from '../auth/actor';
import type { ArticleRevision } from '../generated/prisma/client';
import { toArticleRef, toRevisionRef, type WorkflowResult } from './dto';
import { ConflictError, NotFoundError } from './errors';
import { authorize } from './policy';
import { OPEN_STATES } from './states';
import { auditRevision, inTransaction, isUniqueViolation, lockArticle, type Tx } from './tx';

const OPEN_REVISION_EXISTS =
  'Bài viết đã có một phiên bản đang soạn, chờ duyệt hoặc hẹn giờ. Hãy tiếp tục với phiên bản đó.';

/** The revision a new draft starts from: the live one, else the latest taken down. */
async function baseRevision(tx: Tx, articleId: string, liveRevisionId: string | null) {
  if (liveRevisionId) return tx.articleRevision.findUnique({ where: { id: liveRevisionId } });
  return tx.articleRevision.findFirst({ where: { articleId }, orderBy: { number: 'desc' } });
}

/** A new DRAFT with the content of `base` (links included), written by `actor`. */
function draftFrom(tx: Tx, base: ArticleRevision, number: number, actor: Actor) {
  const { articleId, title, lead, body, source, categoryId, coverMediaId, coverCaption } = base;
  const { readMoreIds, planItemIds } = base;
  return tx.articleRevision.create({
    data: {
      articleId,
      title,
      lead,
      body,
      source,
      categoryId,
      coverMediaId,
      coverCaption,
      readMoreIds,
      planItemIds,
      number,
      state: 'DRAFT',
      authorId: actor.id,
      contributorIds: [actor.id],
    },
  });
}

/**
 * Starts a new DRAFT revision of a published (or taken-down) article, copied
 * from its live revision, with the actor as author. The public keeps the
 * live revision until the new one is approved. An article has at most one
 * open revision: while one exists this is a ConflictError; two concurrent
 * amends queue on the article's row lock and the second finds the first's
 * draft (the unique (article, number) key backs this up).
 */
export async function amendArticle(actor: Actor, articleId: string): Promise<WorkflowResult> {
  try {
    return await inTransaction(async (tx) => {
      await lockArticle(tx, articleId);
      const article = await tx.article.findUnique({ where: { id: articleId } });
      if (!article) throw new NotFoundError();
      const base = await baseRevision(tx, article.id, article.liveRevisionId);
      if (!base) throw new NotFoundError();
      authorize(actor, 'amend', base);
      const open = await tx.articleRevision.count({
        where: { articleId: article.id, state: { in: [...OPEN_STATES] } },
      });
      if (open > 0) throw new ConflictError(OPEN_REVISION_EXISTS);
      const last = await tx.articleRevision.aggregate({
        where: { articleId: article.id },
        _max: { number: true },
      });
      const revision = await draftFrom(tx, base, (last._max.number ?? 0) + 1, actor);
      await auditRevision(tx, actor, {
        revisionId: revision.id,
        action: 'amend',
        from: null,
        to: 'DRAFT',
        note: `Sửa từ phiên bản ${base.number}`,
      });
      return { revision: toRevisionRef(revision), article: toArticleRef(article), tags: [] };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(OPEN_REVISION_EXISTS);
    throw error;
  }
}
