import 'server-only';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import type { ArticleDetail, ArticleSummary } from './dto';
import { detailOf, detailSelect } from './dto';
import { loadPublishedInOrder, loadRelatedArticles } from './queries';
import { renderBody } from './render';
import { getRevisionForStaff, type StaffRevision } from './staff-queries';

export type RevisionPreview = {
  revision: StaffRevision;
  /** The revision in the shape public pages render, as if it were live. */
  article: ArticleDetail;
  readMore: ArticleSummary[];
  related: ArticleSummary[];
};

/** The revision's own content and category, in the shape the public page maps. */
function loadShownRevision(revisionId: string) {
  const { publishedAt: _, ...content } = detailSelect.liveRevision.select;
  return db().articleRevision.findUniqueOrThrow({
    where: { id: revisionId },
    select: { ...content, category: { select: { slug: true, name: true } } },
  });
}

/**
 * Any revision of an article as the public would see it if it went live now
 * (staff only: the actor is checked by getRevisionForStaff). It goes through
 * the public page's own mapping (detailOf): a revision that is not yet live
 * on an article already published counts as going live now, so its change
 * note shows as an update. "Đọc thêm" and "Tin cùng chuyên mục" are the
 * public lists, so they show only published articles.
 */
export async function getRevisionPreview(
  actor: Actor,
  revisionId: string,
): Promise<RevisionPreview> {
  const revision = await getRevisionForStaff(actor, revisionId);
  const { category, ...content } = await loadShownRevision(revision.id);
  const now = new Date();
  const firstPublished = revision.article.publishedAt;
  const goesLiveLater = firstPublished !== null && !revision.isLive;
  const article = detailOf(
    {
      id: revision.articleId,
      slug: revision.article.slug,
      categoryId: revision.categoryId,
      category,
      publishedAt: firstPublished ?? revision.publishAt ?? now,
    },
    { ...content, publishedAt: goesLiveLater ? now : null },
    renderBody,
  );
  const [readMore, related] = await Promise.all([
    loadPublishedInOrder(revision.readMoreIds),
    loadRelatedArticles(revision.articleId, revision.categoryId),
  ]);
  return { revision, article, readMore, related };
}
