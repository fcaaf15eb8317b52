import { db } from '../../lib/db/client';
import type { Article, ArticleRevision, Media, PlanItem } from '../../lib/generated/prisma/client';
import type { ArticleInput as ContentInput } from '../../lib/articles/schema';
import { amendArticle } from '../../lib/workflow/amend';
import type { WorkflowResult } from '../../lib/workflow/dto';
import { saveRevision } from '../../lib/workflow/editing';
import { submitRevision } from '../../lib/workflow/transitions';
import { atTime } from './clock';
import { signOff } from './sign-off';
import { fixtureStaff } from './staff';

/**
 * Later revisions of a published (or taken-down) article, made as staff
 * make them: an editor amends the live revision, saves, submits; an
 * approver signs off.
 */

type RevisionInput = {
  title?: string;
  lead?: string;
  body?: string;
  changeNote?: string;
  cover?: Pick<Media, 'id'>;
  coverCaption?: string;
  readMoreIds?: string[];
  planItemIds?: string[];
};

/** Amends the article and saves `input` over the copy of its live revision; submits unless `draft`. */
async function amendAndSubmit(
  articleId: string,
  input: RevisionInput,
  draft = false,
): Promise<WorkflowResult> {
  const editor = await fixtureStaff('EDITOR');
  const amended = await amendArticle(editor, articleId);
  const base = await db().articleRevision.findUniqueOrThrow({ where: { id: amended.revision.id } });
  const content: ContentInput = {
    title: input.title ?? base.title,
    lead: input.lead ?? base.lead,
    body: input.body ?? base.body,
    source: base.source,
    categoryId: base.categoryId,
    changeNote: input.changeNote,
    coverMediaId: input.cover?.id,
    coverCaption: input.coverCaption,
    readMoreIds: input.readMoreIds,
    planItemIds: input.planItemIds,
  };
  const saved = await saveRevision(editor, base.id, base.version, content);
  if (draft) return saved;
  return submitRevision(editor, saved.revision.id, saved.revision.version);
}

/**
 * Adds revision n+1 in `state`. PUBLISHED makes it live at `publishedAt`
 * (default now); the one it replaces becomes SUPERSEDED.
 */
export async function addRevision(
  article: Pick<Article, 'id'>,
  input: RevisionInput & {
    state: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'SCHEDULED' | 'REJECTED';
    publishedAt?: Date;
  },
): Promise<ArticleRevision> {
  const { state } = input;
  await fixtureStaff('APPROVER');
  const made = await atTime(input.publishedAt ?? new Date(), async () => {
    if (state === 'DRAFT') return amendAndSubmit(article.id, input, true);
    return signOff(await amendAndSubmit(article.id, input), state);
  });
  return db().articleRevision.findUniqueOrThrow({ where: { id: made.revision.id } });
}

/** The article's live links, changed through an approved revision. */
async function relink(
  article: Pick<Article, 'id'>,
  change: (live: ArticleRevision) => Pick<RevisionInput, 'readMoreIds' | 'planItemIds'>,
): Promise<void> {
  const current = await db().article.findUniqueOrThrow({ where: { id: article.id } });
  if (!current.liveRevisionId) {
    throw new Error(
      'fixture: only a live article can be relinked; give the links when creating it',
    );
  }
  const live = await db().articleRevision.findUniqueOrThrow({
    where: { id: current.liveRevisionId },
  });
  await signOff(await amendAndSubmit(article.id, change(live)), 'PUBLISHED');
}

/** A "Đọc thêm" link from a live article to another, at `position`, approved. */
export async function linkReadMore(
  from: Pick<Article, 'id'>,
  to: Pick<Article, 'id'>,
  position = 0,
): Promise<void> {
  await relink(from, (live) => {
    const readMoreIds = [...live.readMoreIds];
    readMoreIds.splice(position, 0, to.id);
    return { readMoreIds };
  });
}

/** Records, through an approved revision, that a live article carries out a plan item. */
export async function linkArticleToPlanItem(
  article: Pick<Article, 'id'>,
  item: Pick<PlanItem, 'id'>,
): Promise<void> {
  await relink(article, (live) => ({ planItemIds: [...live.planItemIds, item.id] }));
}
