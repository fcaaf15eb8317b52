import 'server-only';
import type { Article, ArticleRevision } from '../generated/prisma/client';
import { ConflictError, NotFoundError } from '../core/errors';
import type { Tx } from './tx';

/**
 * Makes `revision` (already in the live state, same transaction) the one
 * the public sees: the article points at it and takes its category and its
 * "Đọc thêm" links and plan items, and the article's publication date is
 * set the first time only (it is what the public sees and sorts by; from
 * then on the slug never changes). Returns the article as now stored and
 * the revision it replaced, which the caller supersedes (applyTransition).
 * Every write is guarded, so a concurrent unpublish or approval of the same
 * article turns into a ConflictError, not a mix. The seed uses it too.
 */
export async function goLive(
  tx: Tx,
  revision: ArticleRevision,
  at: Date,
): Promise<{ article: Article; replaced: ArticleRevision | null }> {
  const article = await tx.article.findUnique({ where: { id: revision.articleId } });
  if (!article) throw new NotFoundError();
  const previousId = article.liveRevisionId;
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
  let replaced: ArticleRevision | null = null;
  if (previousId && previousId !== revision.id) {
    replaced = await tx.articleRevision.findUnique({ where: { id: previousId } });
    if (!replaced) throw new ConflictError();
  }
  await publishLinks(tx, article.id, revision);
  return { article: { ...article, ...data }, replaced };
}

/** The article leaves every public list (guarded: `article` must still be live as read). */
export async function takeDown(tx: Tx, article: Article): Promise<Article> {
  const { count } = await tx.article.updateMany({
    where: { id: article.id, liveRevisionId: article.liveRevisionId },
    data: { liveRevisionId: null },
  });
  if (count === 0) throw new ConflictError();
  return { ...article, liveRevisionId: null };
}

/**
 * Makes the public links of an article those of the revision going live:
 * its "Đọc thêm" targets (in order) and its plan items replace the
 * article's rows, so the public never sees a link nobody approved. A target
 * removed since the revision was saved (a plan item deleted by a re-import)
 * is skipped rather than failing publication.
 */
async function publishLinks(
  tx: Tx,
  articleId: string,
  revision: { readMoreIds: readonly string[]; planItemIds: readonly string[] },
): Promise<void> {
  const [articles, planItems] = await Promise.all([
    tx.article.findMany({ where: { id: { in: [...revision.readMoreIds] } }, select: { id: true } }),
    tx.planItem.findMany({
      where: { id: { in: [...revision.planItemIds] } },
      select: { id: true },
    }),
  ]);
  const liveArticles = new Set(articles.map((a) => a.id));
  const livePlanItems = new Set(planItems.map((p) => p.id));
  await tx.articleLink.deleteMany({ where: { fromId: articleId } });
  await tx.articleLink.createMany({
    data: revision.readMoreIds
      .filter((toId) => toId !== articleId && liveArticles.has(toId))
      .map((toId, position) => ({ fromId: articleId, toId, position })),
  });
  await tx.articlePlanItem.deleteMany({ where: { articleId } });
  await tx.articlePlanItem.createMany({
    data: revision.planItemIds
      .filter((id) => livePlanItems.has(id))
      .map((planItemId) => ({ articleId, planItemId })),
  });
}
