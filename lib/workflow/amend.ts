import 'server-only';
import type { Actor } from '../core/actor';
import { isUniqueViolation } from '../db/errors';
import { toArticleRef, toRevisionRef, type WorkflowResult } from './dto';
import { ConflictError, NotFoundError } from '../core/errors';
import { authorize } from '../core/policy';
import { hasOpenRevision } from '../core/states';
import { startRevision } from './apply-transition';
import { inTransaction, lockArticle, type Tx } from './tx';

const OPEN_REVISION_EXISTS =
  'Bài viết đã có một phiên bản đang soạn, chờ duyệt hoặc hẹn giờ. Hãy tiếp tục với phiên bản đó.';

/** The revision a new draft starts from: the live one, else the latest taken down. */
async function baseRevision(tx: Tx, articleId: string, liveRevisionId: string | null) {
  if (liveRevisionId) return tx.articleRevision.findUnique({ where: { id: liveRevisionId } });
  return tx.articleRevision.findFirst({ where: { articleId }, orderBy: { number: 'desc' } });
}

/**
 * Starts a new DRAFT revision of a published (or taken-down) article, copied
 * from its live revision (links included), with the actor as author. The
 * public keeps the live revision until the new one is approved. An article
 * has at most one open revision (hasOpenRevision): while one exists this is
 * a ConflictError; two concurrent amends queue on the article's row lock
 * and the second finds the first's draft (the unique (article, number) key
 * backs this up).
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
      const revisions = await tx.articleRevision.findMany({
        where: { articleId: article.id },
        select: { state: true, number: true },
      });
      if (hasOpenRevision(revisions.map((r) => r.state))) {
        throw new ConflictError(OPEN_REVISION_EXISTS);
      }
      const number = Math.max(0, ...revisions.map((r) => r.number)) + 1;
      const { title, lead, body, source, categoryId, coverMediaId, coverCaption } = base;
      const { readMoreIds, planItemIds } = base;
      const content = { title, lead, body, source, categoryId, coverMediaId, coverCaption };
      const revision = await startRevision(
        tx,
        actor,
        { ...content, readMoreIds, planItemIds, articleId: article.id, number },
        { action: 'amend', note: `Sửa từ phiên bản ${base.number}` },
      );
      return { revision: toRevisionRef(revision), article: toArticleRef(article), tags: [] };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(OPEN_REVISION_EXISTS);
    throw error;
  }
}
