import 'server-only';
import type { Actor } from '../auth/actor';
import { db } from '../db/client';
import type { ArticleDetail, ArticleSummary, MediaDto } from './dto';
import { bodyRepeatsLead, mediaUrl, summarySelect, toSummary } from './dto';
import { published } from './published';
import { loadRelatedArticles } from './queries';
import { renderBody } from './render';
import { getRevisionForStaff, type StaffRevision } from './staff-queries';

export type RevisionPreview = {
  revision: StaffRevision;
  /** The revision in the shape public pages render, as if it were live. */
  article: ArticleDetail;
  readMore: ArticleSummary[];
  related: ArticleSummary[];
};

async function coverOf(
  revisionId: string,
): Promise<{ cover: MediaDto | null; categorySlug: string }> {
  const row = await db().articleRevision.findUniqueOrThrow({
    where: { id: revisionId },
    select: {
      coverCaption: true,
      category: { select: { slug: true } },
      coverMedia: {
        select: { path: true, width: true, height: true, alt: true, caption: true, credit: true },
      },
    },
  });
  const m = row.coverMedia;
  const cover = m
    ? {
        src: mediaUrl(m.path),
        width: m.width,
        height: m.height,
        alt: m.alt,
        caption: row.coverCaption ?? m.caption,
        credit: m.credit,
      }
    : null;
  return { cover, categorySlug: row.category.slug };
}

/** "Đọc thêm" as the public would get it: the linked articles that are published, in order. */
async function readMoreOf(ids: string[]): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db().article.findMany({
    where: { id: { in: ids }, ...published() },
    select: { ...summarySelect, id: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return (row && toSummary(row)) ?? [];
  });
}

/**
 * Any revision of an article as the public would see it if it went live now
 * (staff only: the actor is checked by getRevisionForStaff). The body goes
 * through the public renderer; "Đọc thêm" and "Tin cùng chuyên mục" are the
 * public lists, so they show only published articles.
 */
export async function getRevisionPreview(
  actor: Actor,
  revisionId: string,
): Promise<RevisionPreview> {
  const revision = await getRevisionForStaff(actor, revisionId);
  const { cover, categorySlug } = await coverOf(revision.id);
  const firstPublished = revision.article.publishedAt;
  const shownDate = firstPublished ?? revision.publishAt ?? new Date();
  const isUpdate = firstPublished !== null && !revision.isLive && revision.changeNote;
  const article: ArticleDetail = {
    id: revision.articleId,
    slug: revision.article.slug,
    title: revision.title,
    lead: revision.lead,
    publishedAt: shownDate.toISOString(),
    category: { slug: categorySlug, name: revision.categoryName },
    categoryId: revision.categoryId,
    cover,
    source: revision.source,
    // Same rule as the public page (toDetail): a body that only repeats the lead is left out.
    bodyHtml: bodyRepeatsLead(revision.lead, revision.body) ? '' : renderBody(revision.body),
    modifiedAt: (isUpdate ? new Date() : shownDate).toISOString(),
    update:
      isUpdate && revision.changeNote
        ? { note: revision.changeNote, at: new Date().toISOString() }
        : null,
  };
  const [readMore, related] = await Promise.all([
    readMoreOf(revision.readMoreIds),
    loadRelatedArticles(revision.articleId, revision.categoryId),
  ]);
  return { revision, article, readMore, related };
}
