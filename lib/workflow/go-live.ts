import 'server-only';
import type { Actor } from '../auth/actor';
import type { Article, ArticleRevision } from '../generated/prisma/client';
import { ConflictError, NotFoundError } from './errors';
import { applyTransition } from './apply-transition';
import type { Tx } from './tx';

/**
 * Makes `revision` (already in the live state, same transaction) the one
 * the public sees: the article points at it and takes its category and its
 * "Đọc thêm" links and plan items, the previous live revision is superseded,
 * and the article's publication date is set the first time only (it is what
 * the public sees and sorts by; from then on the slug never changes).
 * Every write is guarded, so a concurrent unpublish or approval of the same
 * article turns into a ConflictError, not a mix. The seed uses it too.
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
  if (previousId && previousId !== revision.id) {
    const previous = await tx.articleRevision.findUnique({ where: { id: previousId } });
    if (!previous) throw new ConflictError();
    const note = `Được thay bằng phiên bản ${revision.number}`;
    await applyTransition(tx, actor, previous, { systemEvent: 'supersede', note });
  }
  await publishLinks(tx, article.id, revision);
  return { ...article, ...data };
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
