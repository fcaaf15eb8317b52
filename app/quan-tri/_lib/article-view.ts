import 'server-only';
import { notFound } from 'next/navigation';
import type { Actor } from '@/lib/core/actor';
import { type ArticleView, getArticleView } from '@/lib/workflow/article-view';
import { NotFoundError } from '@/lib/core/errors';
import type { StaffRevision } from '@/lib/articles/staff-queries';
import type { EditorInitial } from '@/components/workflow/editor-types';

export type { ArticleView };

/** A forged or stale id is a 404, not an error page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** Everything the article screen shows (lib/workflow decides it); a 404 when there is no such article. */
export function loadArticleView(actor: Actor, articleId: string): Promise<ArticleView> {
  return orNotFound(getArticleView(actor, articleId));
}

/** The editor's starting values for a revision. */
export function editorInitial(r: StaffRevision): EditorInitial {
  return {
    title: r.title,
    lead: r.lead,
    body: r.body,
    source: r.source,
    categoryId: r.categoryId,
    changeNote: r.changeNote ?? '',
    readMoreIds: r.readMoreIds,
    planItemIds: r.planItemIds,
    cover: r.cover,
  };
}
