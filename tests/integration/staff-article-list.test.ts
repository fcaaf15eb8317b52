import { beforeEach, describe, expect, it } from 'vitest';
import { listStaffArticles, listStaffListChoices } from '../../lib/articles/staff-list';
import {
  type StaffListFilters,
  staffListQuerySchema,
  toStaffListFilters,
} from '../../lib/articles/staff-list-schema';
import type { Actor } from '../../lib/core/actor';
import { db } from '../../lib/db/client';
import { resetDatabase } from '../helpers/integration';
import {
  createCategory,
  createDraftArticle,
  createPublishedArticle,
  hideCategory,
} from '../helpers/fixtures';
import { addRevision } from '../helpers/revisions';
import { createUser } from '../helpers/staff';
import { staffActor } from '../helpers/staff';

const all: StaffListFilters = { sort: 'sua-doi', page: 1 };
let editor: Actor;

beforeEach(async () => {
  await resetDatabase();
  editor = await staffActor('EDITOR');
});

describe('listStaffArticles', () => {
  it('finds a title with or without diacritics, and takes % literally', async () => {
    const category = await createCategory();
    await createPublishedArticle({ category, title: 'Đẩy mạnh thu hút Đầu tư nước ngoài' });
    await createDraftArticle({ category, title: 'Kiểm tra công tác truyền thông' });
    const titles = async (q: string) =>
      (await listStaffArticles(editor, { ...all, q })).items.map((i) => i.title);
    expect(await titles('dau tu')).toEqual(['Đẩy mạnh thu hút Đầu tư nước ngoài']);
    expect(await titles('ĐẦU TƯ')).toEqual(['Đẩy mạnh thu hút Đầu tư nước ngoài']);
    expect(await titles('kiem tra')).toEqual(['Kiểm tra công tác truyền thông']);
    expect(await titles('100%')).toEqual([]);
  });

  it('shows every article once, by its newest revision, to every staff role', async () => {
    const category = await createCategory({ name: 'Kinh tế' });
    const other = await createUser('EDITOR', { name: 'Người khác' });
    const live = await createPublishedArticle({ category, title: 'Bản đang xuất bản' });
    await addRevision(live.article, { title: 'Bản sửa đang chờ', state: 'SUBMITTED' });
    await createDraftArticle({ category, title: 'Nháp của người khác', author: other });
    for (const role of ['EDITOR', 'APPROVER', 'ADMIN'] as const) {
      const list = await listStaffArticles(await staffActor(role), all);
      expect(list.total).toBe(2);
      expect(list.items.map((i) => [i.title, i.stateLabel]).sort()).toEqual([
        ['Bản sửa đang chờ', 'Chờ duyệt'],
        ['Nháp của người khác', 'Bản nháp'],
      ]);
      expect(list.items.find((i) => i.title === 'Bản sửa đang chờ')?.publishedAt).not.toBeNull();
    }
  });

  it('filters by state, category, author and a Vietnamese date range', async () => {
    const economy = await createCategory({ name: 'Kinh tế' });
    const society = await createCategory({ name: 'Xã hội' });
    const author = await createUser('EDITOR', { name: 'Trần Thị B' });
    // 23:30 on 31/03 in Hanoi is 16:30 UTC: it belongs to March, not April.
    const march = new Date('2024-03-31T16:30:00Z');
    const april = new Date('2024-04-01T03:00:00Z');
    await createPublishedArticle({ category: economy, title: 'Tháng ba', publishedAt: march });
    await createPublishedArticle({
      category: society,
      title: 'Tháng tư',
      publishedAt: april,
      author,
    });
    await createDraftArticle({ category: economy, title: 'Nháp', author });
    const titles = async (f: Partial<StaffListFilters>) =>
      (await listStaffArticles(editor, { ...all, ...f })).items.map((i) => i.title).sort();
    expect(await titles({ state: 'DRAFT' })).toEqual(['Nháp']);
    expect(await titles({ categoryId: economy.id })).toEqual(['Nháp', 'Tháng ba']);
    expect(await titles({ authorId: author.id })).toEqual(['Nháp', 'Tháng tư']);
    const query = staffListQuerySchema.parse({
      tu: '01/04/2024',
      den: '01/04/2024',
      'sap-xep': 'xuat-ban',
    });
    expect(await titles(toStaffListFilters(query).filters)).toEqual(['Tháng tư']);
    const march31 = staffListQuerySchema.parse({ den: '31/03/2024', 'sap-xep': 'xuat-ban' });
    expect(await titles(toStaffListFilters(march31).filters)).toEqual(['Tháng ba']);
  });

  it('reports an impossible date instead of filtering on it', () => {
    const query = staffListQuerySchema.parse({ tu: '31/02/2024', den: '04/31/2024' });
    expect(toStaffListFilters(query).badDates).toEqual(['tu', 'den']);
    expect(toStaffListFilters(query).filters.from).toBeUndefined();
  });

  // Each article is written, submitted and approved through the workflow: time for many.
  it('pages 50 at a time, newest change first, and clamps a page past the end', {
    timeout: 90_000,
  }, async () => {
    const category = await createCategory();
    for (let i = 0; i < 52; i++) await createDraftArticle({ category, title: `Bài số ${i}` });
    await db().articleRevision.updateMany({ data: { updatedAt: new Date('2024-01-01') } });
    await db()
      .$executeRaw`UPDATE "ArticleRevision" SET "updatedAt" = "updatedAt" + (substring(title from 8)::int * interval '1 minute')`;
    const first = await listStaffArticles(editor, all);
    expect(first.items).toHaveLength(50);
    expect(first.pageCount).toBe(2);
    expect(first.items[0]?.title).toBe('Bài số 51');
    const second = await listStaffArticles(editor, { ...all, page: 2 });
    expect(second.items.map((i) => i.title)).toEqual(['Bài số 1', 'Bài số 0']);
    const beyond = await listStaffArticles(editor, { ...all, page: 9 });
    expect(beyond.page).toBe(2);
    expect(beyond.items).toHaveLength(2);
  });

  it('offers every category and only people who wrote something as filter choices', async () => {
    const category = await createCategory({ name: 'Ngừng dùng' });
    const writer = await createUser('EDITOR', { name: 'Người viết' });
    await createDraftArticle({ category, author: writer });
    await hideCategory(category);
    const choices = await listStaffListChoices(editor);
    expect(choices.categories.map((c) => c.name)).toEqual(['Ngừng dùng']);
    expect(choices.authors.map((a) => a.name)).toEqual(['Người viết']);
  });
});
