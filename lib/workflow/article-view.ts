import 'server-only';
import type { RevisionDiff } from '../articles/diff';
import {
  type ArticleHistory,
  getHistory,
  getRevisionDiff,
  getRevisionForStaff,
  type StaffRevision,
} from '../articles/staff-queries';
import type { Actor } from '../core/actor';
import { currentRevisionId, offeredActions, showsDiff } from './article-screen';
import { NotFoundError } from '../core/errors';
import type { RevisionSubject } from '../core/policy';
import type { RevisionAction } from '../core/states';

export type ArticleView = {
  history: ArticleHistory;
  /** The revision the screen is about: the open one, else the live one, else the newest. */
  revision: StaffRevision;
  /** The live revision when it is another one (an amendment is open). */
  live: StaffRevision | null;
  diff: RevisionDiff | null;
  /** The actions to offer this person (article-screen.ts). */
  offered: Record<RevisionAction, boolean>;
};

function subjectOf(r: StaffRevision): RevisionSubject {
  const submitterId = r.submitter?.id ?? null;
  return { state: r.state, authorId: r.author.id, contributorIds: r.contributorIds, submitterId };
}

/**
 * Everything an article's staff screen shows, read with the actor (each
 * read checks it). NotFoundError for an unknown or forged id.
 */
export async function getArticleView(actor: Actor, articleId: string): Promise<ArticleView> {
  const history = await getHistory(actor, articleId);
  const liveId = history.article.liveRevisionId;
  const currentId = currentRevisionId(history.revisions, liveId);
  if (!currentId) throw new NotFoundError();
  const revision = await getRevisionForStaff(actor, currentId);
  const live = liveId && liveId !== revision.id ? await getRevisionForStaff(actor, liveId) : null;
  const diff = showsDiff(actor, revision) ? await getRevisionDiff(actor, revision.id) : null;
  const offered = offeredActions(actor, {
    current: subjectOf(revision),
    live: live && subjectOf(live),
    states: history.revisions.map((r) => r.state),
  });
  return { history, revision, live, diff, offered };
}
