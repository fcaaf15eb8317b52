import { beforeEach, describe, expect, it } from 'vitest';
import { loadReadMore } from '../../lib/articles/queries';
import { getRevisionDiff } from '../../lib/articles/staff-queries';
import { db } from '../../lib/db/client';
import type { PlanItem } from '../../lib/generated/prisma/client';
import { loadPlan } from '../../lib/plans/queries';
import { amendArticle } from '../../lib/workflow/amend';
import { saveRevision } from '../../lib/workflow/editing';
import { publishDueRevisions } from '../../lib/workflow/publish-due';
import { approveRevision, submitRevision } from '../../lib/workflow/transitions';
import { castEachTest } from '../helpers/integration';
import { createPublishedArticle } from '../helpers/fixtures';
import { createPlan } from '../helpers/plans';
import { linkReadMore } from '../helpers/revisions';
import {
  articleInput,
  fieldErrorsOf,
  publishedArticle,
  storedRevision,
  submittedRevision,
} from '../helpers/workflow-fixtures';

// "Đọc thêm" links and plan items are content: they travel with the revision
// and reach readers only when an approver signs the revision off.

const c = castEachTest();
let solutions: PlanItem[];

beforeEach(async () => {
  const plan = await createPlan(2023, [
    { kind: 'SOLUTION', title: 'Giải pháp A: họp báo định kỳ' },
    { kind: 'SOLUTION', title: 'Giải pháp B: truyền thông số' },
  ]);
  solutions = plan.items;
});

const readMoreTitles = async (articleId: string) =>
  (await loadReadMore(articleId)).map((a) => a.title);

/** Titles of the public articles listed under each solution of the 2023 plan. */
async function planArticles(): Promise<Record<string, string[]>> {
  const plan = await loadPlan(2023);
  const items = plan?.items.SOLUTION ?? [];
  return Object.fromEntries(items.map((i) => [i.title, i.articles.map((a) => a.title)]));
}

describe('links on a new article', () => {
  it('are stored on the draft and reach readers only on approval', async () => {
    const target = await publishedArticle(c.editor, c.approver, c.categoryId, {
      title: 'Bài được giới thiệu',
    });
    const s = await submittedRevision(c.editor, c.categoryId, {
      title: 'Bài mới có liên kết',
      readMoreIds: [target.article.id],
      planItemIds: [solutions[0]?.id ?? ''],
    });
    expect(await storedRevision(s.revision.id)).toMatchObject({
      readMoreIds: [target.article.id],
      planItemIds: [solutions[0]?.id],
    });
    expect(await db().articleLink.count({ where: { fromId: s.article.id } })).toBe(0);
    expect(await db().articlePlanItem.count({ where: { articleId: s.article.id } })).toBe(0);

    await approveRevision(c.approver2, s.revision.id, s.revision.version);
    expect(await readMoreTitles(s.article.id)).toEqual(['Bài được giới thiệu']);
    expect((await planArticles())['Giải pháp A: họp báo định kỳ']).toEqual(['Bài mới có liên kết']);
  });
});

describe('links on an amendment of a live article', () => {
  it('are copied from the live revision, may change, and change for readers only on approval', async () => {
    const one = await createPublishedArticle({ category: { id: c.categoryId }, title: 'Một' });
    const two = await createPublishedArticle({ category: { id: c.categoryId }, title: 'Hai' });
    const live = await publishedArticle(c.editor, c.approver, c.categoryId, {
      title: 'Bài đang đăng',
      readMoreIds: [one.article.id],
      planItemIds: [solutions[0]?.id ?? ''],
    });
    const draft = await amendArticle(c.editor2, live.article.id);
    expect(await storedRevision(draft.revision.id)).toMatchObject({
      readMoreIds: [one.article.id],
      planItemIds: [solutions[0]?.id],
    });

    const input = articleInput(c.categoryId, {
      title: 'Bài đang đăng',
      readMoreIds: [two.article.id, one.article.id],
      planItemIds: [solutions[1]?.id ?? ''],
    });
    const saved = await saveRevision(c.editor2, draft.revision.id, draft.revision.version, input);
    const submitted = await submitRevision(c.editor2, saved.revision.id, saved.revision.version);
    // Waiting for approval: readers still get the approved links.
    expect(await readMoreTitles(live.article.id)).toEqual(['Một']);
    expect((await planArticles())['Giải pháp B: truyền thông số']).toEqual([]);

    const diff = await getRevisionDiff(c.approver2, submitted.revision.id);
    expect(diff.readMore).toMatchObject({ changed: true, removed: [], kept: [{ label: 'Một' }] });
    expect(diff.readMore.added.map((x) => x.label)).toEqual(['Hai']);
    expect(diff.planItems.added.map((x) => x.label)).toEqual(['Giải pháp B: truyền thông số']);
    expect(diff.planItems.removed.map((x) => x.label)).toEqual(['Giải pháp A: họp báo định kỳ']);

    await approveRevision(c.approver2, submitted.revision.id, submitted.revision.version);
    expect(await readMoreTitles(live.article.id)).toEqual(['Hai', 'Một']);
    expect(await planArticles()).toEqual({
      'Giải pháp A: họp báo định kỳ': [],
      'Giải pháp B: truyền thông số': ['Bài đang đăng'],
    });
  });

  it('a save that leaves the lists out keeps them; an empty list clears them on approval', async () => {
    const one = await createPublishedArticle({ category: { id: c.categoryId }, title: 'Một' });
    const live = await publishedArticle(c.editor, c.approver, c.categoryId, {
      title: 'Bài có liên kết',
      readMoreIds: [one.article.id],
    });
    const draft = await amendArticle(c.editor, live.article.id);
    const kept = await saveRevision(
      c.editor,
      draft.revision.id,
      draft.revision.version,
      articleInput(c.categoryId, { title: 'Bài có liên kết' }),
    );
    expect((await storedRevision(kept.revision.id)).readMoreIds).toEqual([one.article.id]);
    const cleared = await saveRevision(
      c.editor,
      draft.revision.id,
      kept.revision.version,
      articleInput(c.categoryId, { title: 'Bài có liên kết', readMoreIds: [] }),
    );
    expect(await readMoreTitles(live.article.id)).toEqual(['Một']);
    const s = await submitRevision(c.editor, cleared.revision.id, cleared.revision.version);
    await approveRevision(c.approver, s.revision.id, s.revision.version);
    expect(await readMoreTitles(live.article.id)).toEqual([]);
  });

  it('keeps the links a fixture gave a live article through an amendment', async () => {
    const one = await createPublishedArticle({ category: { id: c.categoryId }, title: 'Một' });
    const base = await createPublishedArticle({ category: { id: c.categoryId }, title: 'Gốc' });
    await linkReadMore(base.article, one.article);
    const draft = await amendArticle(c.editor, base.article.id);
    const s = await submitRevision(c.editor, draft.revision.id, draft.revision.version);
    await approveRevision(c.approver, s.revision.id, s.revision.version);
    expect(await readMoreTitles(base.article.id)).toEqual(['Một']);
  });

  it('refuses a link to the article itself or to nothing, and saves nothing', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId);
    const draft = await amendArticle(c.editor, live.article.id);
    const input = (readMoreIds: string[], planItemIds: string[] = []) =>
      articleInput(c.categoryId, { title: 'Tiêu đề mới', readMoreIds, planItemIds });
    const self = await fieldErrorsOf(
      saveRevision(c.editor, draft.revision.id, draft.revision.version, input([live.article.id])),
    );
    expect(Object.keys(self)).toEqual(['readMoreIds']);
    const none = await fieldErrorsOf(
      saveRevision(c.editor, draft.revision.id, draft.revision.version, input([], ['khong-co'])),
    );
    expect(Object.keys(none)).toEqual(['planItemIds']);
    expect(await storedRevision(draft.revision.id)).toMatchObject({
      version: draft.revision.version,
      title: (await storedRevision(live.revision.id)).title,
      readMoreIds: [],
      planItemIds: [],
    });
  });
});

describe('links of a scheduled revision', () => {
  it('reach readers when the scheduler publishes it, not before', async () => {
    const one = await createPublishedArticle({ category: { id: c.categoryId }, title: 'Một' });
    const s = await submittedRevision(c.editor, c.categoryId, { readMoreIds: [one.article.id] });
    const at = new Date(Date.now() + 60_000);
    await approveRevision(c.approver, s.revision.id, s.revision.version, { publishAt: at });
    expect(await db().articleLink.count({ where: { fromId: s.article.id } })).toBe(0);
    await publishDueRevisions(new Date(at.getTime() + 1_000));
    expect(await db().articleLink.findMany({ where: { fromId: s.article.id } })).toEqual([
      { fromId: s.article.id, toId: one.article.id, position: 0 },
    ]);
  });
});
