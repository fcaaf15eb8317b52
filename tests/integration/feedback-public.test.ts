import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { loadFeedItems } from '../../lib/feeds/queries';
import { ANONYMOUS_NAME, loadArticleFeedback } from '../../lib/feedback/queries';
import { readSearchParams, searchArticles } from '../../lib/search';
import { loadSitemapData } from '../../lib/sitemap/queries';
import { createCategory, createPublishedArticle, unpublishArticle } from '../helpers/fixtures';
import { setFeedbackState, submitAccepted } from '../helpers/feedback';
import { fixtureStaff } from '../helpers/staff';
import { emptyDatabaseEachTest } from '../helpers/integration';

emptyDatabaseEachTest();

const SLUG = 'bai-y-kien-cong-khai';

async function article() {
  const category = await createCategory();
  return (await createPublishedArticle({ category, slug: SLUG })).article;
}

/** One item in each state but PUBLISHED, each with a word of its own. */
async function everyUnpublishedState() {
  const states = ['PENDING', 'REJECTED', 'HIDDEN', 'WITHDRAWN'] as const;
  for (const state of states) {
    const { id } = await submitAccepted(SLUG, {
      body: `Chưa duyệt ${state} tuthoatnoidung${state}`,
    });
    if (state !== 'PENDING') await setFeedbackState(id, state);
  }
}

describe('published feedback under an article', () => {
  it('shows only PUBLISHED items, oldest first, with counts; never an email', async () => {
    await article();
    await everyUnpublishedState();
    const first = await submitAccepted(SLUG, { name: 'Trần Thị Bình', email: 'binh@example.vn' });
    const second = await submitAccepted(SLUG, { name: 'Lê Văn Cường', anonymous: 'on' });
    await setFeedbackState(second.id, 'PUBLISHED');
    await setFeedbackState(first.id, 'PUBLISHED');
    await db().feedback.update({ where: { id: first.id }, data: { verifiedAt: new Date() } });

    const shown = await loadArticleFeedback(SLUG);
    expect(shown.mode).toBe('OPEN');
    expect(shown.items.map((i) => i.id)).toEqual([first.id, second.id]);
    expect(shown.items.map((i) => i.name)).toEqual(['Trần Thị Bình', ANONYMOUS_NAME]);
    expect(shown).toMatchObject({ total: 2, verified: 1 });
    const json = JSON.stringify(shown);
    expect(json).not.toMatch(/tuthoatnoidung|@example\.vn|Lê Văn Cường/);
  });

  it("shows the ministry's answer only once it is PUBLISHED", async () => {
    await article();
    const question = await submitAccepted(SLUG, { kind: 'cau-hoi' });
    await setFeedbackState(question.id, 'PUBLISHED');
    const editor = await fixtureStaff('EDITOR');
    const answer = await db().feedbackAnswer.create({
      data: {
        feedbackId: question.id,
        body: 'Bộ xin trả lời: dự thảo',
        authorId: editor.id,
        state: 'SUBMITTED',
      },
    });
    expect((await loadArticleFeedback(SLUG)).items[0]?.answer).toBeNull();
    await db().feedbackAnswer.update({
      where: { id: answer.id },
      data: { state: 'PUBLISHED', publishedAt: new Date() },
    });
    expect((await loadArticleFeedback(SLUG)).items[0]?.answer?.body).toBe(
      'Bộ xin trả lời: dự thảo',
    );
  });

  it('shows nothing when the article is taken down or its feedback hidden; closed still lists', async () => {
    const { id } = await article();
    const item = await submitAccepted(SLUG);
    await setFeedbackState(item.id, 'PUBLISHED');
    await db().article.update({ where: { id }, data: { feedbackMode: 'CLOSED' } });
    expect(await loadArticleFeedback(SLUG)).toMatchObject({ mode: 'CLOSED', total: 1 });
    await db().article.update({ where: { id }, data: { feedbackMode: 'HIDDEN' } });
    expect(await loadArticleFeedback(SLUG)).toMatchObject({ mode: 'HIDDEN', items: [], total: 0 });
    await db().article.update({ where: { id }, data: { feedbackMode: 'OPEN' } });
    await unpublishArticle({ id });
    expect(await loadArticleFeedback(SLUG)).toMatchObject({ mode: 'HIDDEN', items: [], total: 0 });
  });

  it('no feedback reaches search, feeds or the sitemap', async () => {
    await article();
    await everyUnpublishedState();
    const published = await submitAccepted(SLUG, { body: 'Đã duyệt tuthoatnoidungPUBLISHED' });
    await setFeedbackState(published.id, 'PUBLISHED');
    for (const word of ['tuthoatnoidungPENDING', 'tuthoatnoidungPUBLISHED']) {
      const outcome = await searchArticles(readSearchParams({ q: word }));
      expect(JSON.stringify(outcome)).not.toContain('Chưa duyệt');
      expect(outcome.results?.total ?? 0).toBe(0);
    }
    const everywhere = JSON.stringify([await loadFeedItems(null), await loadSitemapData(null)]);
    expect(everywhere).not.toMatch(/tuthoatnoidung/);
  });
});
