import type { Article, ArticleRevision } from '../generated/prisma/client';
import type { RevisionState } from '../core/states';

/** A revision after a mutation: enough to redirect, re-render or retry. */
export type RevisionRef = {
  id: string;
  articleId: string;
  number: number;
  state: RevisionState;
  /** Send this back as `expectedVersion` with the next change. */
  version: number;
  publishAt: Date | null;
};

export type ArticleRef = {
  id: string;
  slug: string;
  liveRevisionId: string | null;
  publishedAt: Date | null;
};

/**
 * What every workflow mutation returns. The caller passes `tags` to
 * expireTags() (lib/cache/expire.ts) so public pages show the change at once;
 * it is empty when nothing public changed.
 */
export type WorkflowResult = {
  revision: RevisionRef;
  article: ArticleRef;
  tags: string[];
};

export function toRevisionRef(r: ArticleRevision): RevisionRef {
  return {
    id: r.id,
    articleId: r.articleId,
    number: r.number,
    state: r.state,
    version: r.version,
    publishAt: r.publishAt,
  };
}

export function toArticleRef(a: Article): ArticleRef {
  return { id: a.id, slug: a.slug, liveRevisionId: a.liveRevisionId, publishedAt: a.publishedAt };
}

/** The result of a transition as the workflow's callers get it. */
export function toWorkflowResult(t: {
  revision: ArticleRevision;
  article: Article;
  tags: string[];
}): WorkflowResult {
  return { revision: toRevisionRef(t.revision), article: toArticleRef(t.article), tags: t.tags };
}
