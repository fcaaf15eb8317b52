import { describe, expect, it } from 'vitest';
import { articleMetadata } from '../../app/(public)/tin-tuc/[slug]/article-metadata';
import {
  CATEGORY_PAGE_SIZE,
  loadCategoryArticles,
  loadLatestArticles,
  loadPublishedArticle,
  loadReadMore,
  loadRelatedArticles,
} from '../../lib/articles/queries';
import type { Category } from '../../lib/generated/prisma/client';
import { loadPlan } from '../../lib/plans/queries';
import { emptyDatabaseEachTest } from '../helpers/integration';
import {
  createCategory,
  createDraftArticle,
  createPublishedArticle,
  unpublishArticle,
} from '../helpers/fixtures';
import { createMedia, tempMediaDir } from '../helpers/media';
import { fixtureStaff } from '../helpers/staff';
import { publishedEventOf, submittedEvent } from '../helpers/events';
import { createPlan } from '../helpers/plans';
import { addRevision, linkArticleToPlanItem, linkReadMore } from '../helpers/revisions';

const day = (n: number) => new Date(Date.UTC(2024, 3, n, 3, 0, 0));

/** `count` published articles in `category`, the first the newest, one day apart. */
async function publishMany(category: Category, count: number, prefix = 'tin') {
  const made = [];
  for (let i = 0; i < count; i++) {
    made.push(
      await createPublishedArticle({
        category,
        slug: `${prefix}-${i + 1}`,
        title: `${prefix} ${i + 1}`,
        publishedAt: new Date(Date.UTC(2024, 0, 1) - i * 86_400_000),
      }),
    );
  }
  return made;
}

emptyDatabaseEachTest();
tempMediaDir('public-queries');

describe('an article by slug', () => {
  it('shows the live revision, not a newer one waiting for approval', async () => {
    const category = await createCategory({ name: 'Truyền thông Chính sách' });
    const cover = await createMedia({ alt: 'Cảnh buổi làm việc' });
    const { article } = await createPublishedArticle({
      category,
      slug: 'tieu-de-dang-dang',
      title: 'Tiêu đề đang đăng',
      lead: 'Sa-pô của bài đang đăng.',
      body: 'Đoạn một.<script>alert(1)</script>',
      cover,
      publishedAt: day(26),
    });
    await addRevision(article, { state: 'SUBMITTED', title: 'Tiêu đề chờ duyệt' });
    const found = await loadPublishedArticle('tieu-de-dang-dang');
    expect(found?.title).toBe('Tiêu đề đang đăng');
    expect(found?.category).toEqual({ slug: category.slug, name: 'Truyền thông Chính sách' });
    expect(found?.publishedAt).toBe(day(26).toISOString());
    expect(found?.bodyHtml).toBe('<p>Đoạn một.</p>\n');
    expect(found?.cover?.src).toBe(`/media/${cover.path}`);
    expect(found?.cover?.alt).toBe('Cảnh buổi làm việc');
    expect(found?.update).toBeNull();
    expect(articleMetadata(found)).toMatchObject({
      title: 'Tiêu đề đang đăng',
      description: 'Sa-pô của bài đang đăng.',
    });
  });

  it('shows the change note of a later revision with the time it went live', async () => {
    const category = await createCategory();
    const { article } = await createPublishedArticle({
      category,
      slug: 'sua',
      publishedAt: day(24),
    });
    await addRevision(article, {
      state: 'PUBLISHED',
      title: 'Tiêu đề đã sửa',
      changeNote: 'Bổ sung số liệu.',
      publishedAt: day(25),
    });
    const found = await loadPublishedArticle('sua');
    expect(found?.title).toBe('Tiêu đề đã sửa');
    expect(found?.publishedAt).toBe(day(24).toISOString());
    expect(found?.update).toEqual({ note: 'Bổ sung số liệu.', at: day(25).toISOString() });
  });

  it('hides the change note of the first published revision', async () => {
    const category = await createCategory();
    await createPublishedArticle({ category, slug: 'dau', changeNote: 'Ghi chú nội bộ' });
    expect((await loadPublishedArticle('dau'))?.update).toBeNull();
  });

  it('answers null for unknown and malformed slugs', async () => {
    expect(await loadPublishedArticle('khong-co')).toBeNull();
    expect(await loadPublishedArticle('Có Dấu')).toBeNull();
    expect(await loadPublishedArticle("x' OR 1=1 --")).toBeNull();
  });
});

describe('Tin cùng chuyên mục', () => {
  it('gives at most 6 others of the same category, newest first, never the article itself', async () => {
    const [main, other] = [await createCategory(), await createCategory()];
    const own = await publishMany(main, 9, 'cung');
    await publishMany(other, 3, 'khac');
    await createDraftArticle({ category: main, slug: 'nhap-moi' });
    const self = own[0]!.article;
    const related = await loadRelatedArticles(self.id, main.id);
    expect(related.map((a) => a.slug)).toEqual([
      'cung-2',
      'cung-3',
      'cung-4',
      'cung-5',
      'cung-6',
      'cung-7',
    ]);
    expect(related.every((a) => a.category.slug === main.slug)).toBe(true);
  });

  it('lists fewer when the category has fewer, excluding the article', async () => {
    const category = await createCategory();
    const own = await publishMany(category, 3, 'it');
    const related = await loadRelatedArticles(own[1]!.article.id, category.id);
    expect(related.map((a) => a.slug)).toEqual(['it-1', 'it-3']);
  });
});

describe('category pages, 20 a page', () => {
  // Each article is written, submitted and approved through the workflow: time for many.
  it('keeps exactly 20 articles on one page; page 2 does not exist', {
    timeout: 90_000,
  }, async () => {
    const category = await createCategory();
    await publishMany(category, 20);
    const first = await loadCategoryArticles(category.id, 1);
    expect(first?.items).toHaveLength(CATEGORY_PAGE_SIZE);
    expect(first?.pageCount).toBe(1);
    expect(await loadCategoryArticles(category.id, 2)).toBeNull();
  });

  // Each article is written, submitted and approved through the workflow: time for many.
  it('puts the 21st (oldest) article alone on page 2; page 3 does not exist', {
    timeout: 90_000,
  }, async () => {
    const category = await createCategory();
    await publishMany(category, 21);
    await createDraftArticle({ category, state: 'SUBMITTED' });
    const first = await loadCategoryArticles(category.id, 1);
    expect(first?.items[0]?.slug).toBe('tin-1');
    expect(first?.items[19]?.slug).toBe('tin-20');
    expect(first).toMatchObject({ total: 21, pageCount: 2, page: 1 });
    const second = await loadCategoryArticles(category.id, 2);
    expect(second?.items.map((a) => a.slug)).toEqual(['tin-21']);
    expect(await loadCategoryArticles(category.id, 3)).toBeNull();
  });

  it('refuses page 0, negative and fractional pages; an empty category has an empty page 1', async () => {
    const category = await createCategory();
    for (const page of [0, -1, 1.5, Number.NaN]) {
      expect(await loadCategoryArticles(category.id, page)).toBeNull();
    }
    expect(await loadCategoryArticles(category.id, 1)).toEqual({
      items: [],
      page: 1,
      pageCount: 1,
      total: 0,
    });
    expect(await loadCategoryArticles(category.id, 2)).toBeNull();
  });
});

describe('nothing unpublished reaches the public', () => {
  const hiddenStates = ['DRAFT', 'SUBMITTED', 'SCHEDULED', 'REJECTED', 'UNPUBLISHED'] as const;

  it.each(hiddenStates)(
    'an article whose only revision is %s is in no public read',
    async (state) => {
      const category = await createCategory();
      const plan = await createPlan(2023, [{ kind: 'SOLUTION', title: 'Giải pháp 1' }]);
      const solution = plan.items[0]!;
      const { article: visible } = await createPublishedArticle({
        category,
        slug: 'cong-khai',
        publishedAt: day(1),
      });
      // Its links are on its own revision: the public must not follow them either.
      const { article: hidden } = await createDraftArticle({
        category,
        state,
        slug: 'bi-mat',
        title: 'Bí mật',
        readMore: [visible],
        planItems: [solution],
      });
      await linkReadMore(visible, hidden);
      await linkArticleToPlanItem(visible, solution);
      await expectHidden('bi-mat', hidden.id, { visible, categoryId: category.id });
    },
  );

  it('an article taken down disappears from every read it was in', async () => {
    const category = await createCategory();
    const plan = await createPlan(2023, [{ kind: 'SOLUTION', title: 'Giải pháp 1' }]);
    const { article: visible } = await createPublishedArticle({
      category,
      slug: 'cong-khai',
      publishedAt: day(1),
    });
    const { article: gone } = await createPublishedArticle({
      category,
      slug: 'go-bo',
      publishedAt: day(2),
    });
    await linkReadMore(visible, gone);
    await linkArticleToPlanItem(gone, plan.items[0]!);
    await linkArticleToPlanItem(visible, plan.items[0]!);
    expect((await loadReadMore(visible.id)).map((a) => a.slug)).toEqual(['go-bo']);
    await unpublishArticle(gone);
    await expectHidden('go-bo', gone.id, { visible, categoryId: category.id });
  });
});

async function expectHidden(
  slug: string,
  id: string,
  { visible, categoryId }: { visible: { id: string }; categoryId: string },
) {
  expect(await loadPublishedArticle(slug)).toBeNull();
  // generateMetadata reads the same published query: nothing of the article in <head>.
  expect(articleMetadata(await loadPublishedArticle(slug))).toEqual({
    title: 'Không tìm thấy trang',
    robots: { index: false },
  });
  const slugs = (list: { slug: string }[]) => list.map((a) => a.slug);
  expect(slugs(await loadLatestArticles(50))).toEqual(['cong-khai']);
  const page = await loadCategoryArticles(categoryId, 1);
  expect(page && slugs(page.items)).toEqual(['cong-khai']);
  expect(page?.total).toBe(1);
  expect(await loadRelatedArticles(visible.id, categoryId)).toEqual([]);
  expect(await loadReadMore(visible.id)).toEqual([]);
  expect(await loadReadMore(id)).toEqual([]);
  const plan = await loadPlan(2023);
  expect(plan?.items.SOLUTION[0]?.articles.map((a) => a.slug)).toEqual(['cong-khai']);
}

describe('the communication plan page data', () => {
  it('groups items by kind in order, marks summaries, and lists only published articles and events', async () => {
    const category = await createCategory();
    const plan = await createPlan(2023, [
      { kind: 'PURPOSE', title: 'Lấy người dân làm trung tâm' },
      { kind: 'SOLUTION', title: 'Nội dung chính xác', isSummary: true },
      { kind: 'SOLUTION', title: 'Đa dạng hình thức', isSummary: true },
      { kind: 'CHANNEL', title: 'Cổng thông tin điện tử của Bộ' },
    ]);
    const first = plan.items.find((i) => i.title === 'Nội dung chính xác')!;
    const older = await createPublishedArticle({
      category,
      slug: 'cu',
      title: 'Cũ',
      publishedAt: day(24),
    });
    const newer = await createPublishedArticle({
      category,
      slug: 'moi',
      title: 'Mới',
      publishedAt: day(27),
    });
    for (const a of [older, newer]) await linkArticleToPlanItem(a.article, first);
    // Events go through their workflow: only an approved revision's links reach the page.
    const [editor, approver] = [await fixtureStaff('EDITOR'), await fixtureStaff('APPROVER')];
    await publishedEventOf(editor, approver, {
      title: 'Họp báo quý II',
      planItemIds: [first.id],
    });
    await submittedEvent(editor, { title: 'Chưa duyệt', planItemIds: [first.id] });

    const loaded = await loadPlan(2023);
    expect(loaded?.basis).toBe('Chỉ thị số 07/CT-TTg ngày 21/3/2023');
    expect(loaded?.items.SOLUTION.map((s) => [s.title, s.isSummary])).toEqual([
      ['Nội dung chính xác', true],
      ['Đa dạng hình thức', true],
    ]);
    expect(loaded?.items.PURPOSE.map((p) => p.title)).toEqual(['Lấy người dân làm trung tâm']);
    const solution = loaded?.items.SOLUTION[0];
    expect(solution?.articles.map((a) => a.title)).toEqual(['Mới', 'Cũ']);
    expect(solution?.events.map((e) => e.title)).toEqual(['Họp báo quý II']);
    expect(loaded?.items.SOLUTION[1]?.articles).toEqual([]);
  });

  it('answers null for a year without a plan', async () => {
    expect(await loadPlan(1999)).toBeNull();
  });
});
