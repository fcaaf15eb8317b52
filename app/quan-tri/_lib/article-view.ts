import 'server-only';
import { notFound } from 'next/navigation';
import type { RevisionDiff } from '@/lib/articles/diff';
import {
  type ArticleHistory,
  getHistory,
  getRevisionDiff,
  getRevisionForStaff,
  type StaffRevision,
} from '@/lib/articles/staff-queries';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/workflow/errors';
import { roleAllows } from '@/lib/workflow/policy';
import { OPEN_STATES } from '@/lib/workflow/states';
import type { EditorInitial } from '@/components/workflow/editor-types';

export type ArticleView = {
  history: ArticleHistory;
  /** The revision the page is about: the open one, else the live one, else the newest. */
  revision: StaffRevision;
  /** The live revision when it is another one (an amendment is open). */
  live: StaffRevision | null;
  diff: RevisionDiff | null;
};

/** A forged or stale id is a 404, not an error page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

function currentRevisionId(history: ArticleHistory): string | undefined {
  const open = history.revisions.find((r) => OPEN_STATES.includes(r.state));
  return open?.id ?? history.article.liveRevisionId ?? history.revisions[0]?.id;
}

/** Everything the article screen shows, read with the actor (each lib/ read checks it). */
export async function loadArticleView(actor: Actor, articleId: string): Promise<ArticleView> {
  const history = await orNotFound(getHistory(actor, articleId));
  const currentId = currentRevisionId(history);
  if (!currentId) notFound();
  const revision = await orNotFound(getRevisionForStaff(actor, currentId));
  const liveId = history.article.liveRevisionId;
  const live = liveId && liveId !== revision.id ? await getRevisionForStaff(actor, liveId) : null;
  const compares =
    roleAllows(actor.role, 'approve') && !revision.isLive && revision.state !== 'DRAFT';
  const diff = compares ? await getRevisionDiff(actor, revision.id) : null;
  return { history, revision, live, diff };
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
