import { beforeAll, describe, expect, it } from 'vitest';
import type { Category } from '../../lib/generated/prisma/client';
import { published, publishedSql } from '../../lib/core/published';
import { db } from '../../lib/db/client';
import { readSearchParams, recordSearch, SEARCH_PAGE_SIZE, searchArticles } from '../../lib/search';
import { MAX_CANDIDATES, publishedEntrySql } from '../../lib/search/candidates';
import { resetDatabase } from '../helpers/integration';
import {
  createCategory,
  createDraftArticle,
  createPublishedArticle,
  unpublishArticle,
} from '../helpers/fixtures';
import { addRevision } from '../helpers/revisions';

const search = (params: Record<string, string>) => searchArticles(readSearchParams(params));
const slugsOf = async (params: Record<string, string>) =>
  (await search(params)).results?.items.map((hit) => hit.slug) ?? [];

let policy: Category;
let other: Category;

beforeAll(async () => {
  await resetDatabase();
  policy = await createCategory({ slug: 'chinh-sach', name: 'Chính sách' });
  other = await createCategory({ slug: 'khac', name: 'Khác' });
  const at = (day: number) => new Date(Date.UTC(2024, 3, day, 3));
  await createPublishedArticle({
    category: policy,
    slug: 'thu-hut-dau-tu-cong-nghe-cao',
    title: 'Thu hút đầu tư công nghệ cao',
    lead: 'Một tin ngắn.',
    body: 'Nội dung khác.',
    publishedAt: at(1),
  });
  await createPublishedArticle({
    category: policy,
    slug: 'tin-kinh-te',
    title: 'Tin kinh tế',
    lead: 'Hà Nội đẩy mạnh đầu tư hạ tầng.',
    body: 'Nội dung.',
    publishedAt: at(5),
  });
  await createPublishedArticle({
    category: other,
    slug: 'tin-dia-phuong',
    title: 'Tin địa phương',
    lead: 'Một tin ngắn khác.',
    body: 'Tỉnh ưu tiên **đầu tư** cho giáo dục.',
    publishedAt: at(10),
  });
  // Same letters without the same diacritics: "dầu từ" folds to "dau tu" too.
  await createPublishedArticle({
    category: other,
    slug: 'gia-dau-tu-dau-nam',
    title: 'Giá dầu từ đầu năm',
    lead: 'Giá dầu từ tháng Một.',
    body: 'Chi tiết.',
    publishedAt: at(12),
  });
  await createDraftArticle({
    category: policy,
    title: 'Bản nháp bímật đầu tư',
    lead: 'x',
    body: 'y',
  });
  const { article } = await createPublishedArticle({
    category: policy,
    slug: 'bai-da-go-ve-gobo',
    title: 'Bài đã gỡ về gỡbỏ',
    publishedAt: at(2),
  });
  await unpublishArticle(article);
  const live = await createPublishedArticle({
    category: policy,
    slug: 'ban-dang-hien-thi',
    title: 'Bản đang hiển thị',
    publishedAt: at(3),
  });
  await addRevision(live.article, { state: 'DRAFT', title: 'Bản sửa chưa duyệt chữmới' });
});

describe('searchArticles', () => {
  it('finds "đầu tư" with or without diacritics, in any case', async () => {
    for (const q of ['đầu tư', 'dau tu', 'Đầu Tư', 'DAU TU']) {
      expect(await slugsOf({ q })).toEqual(
        expect.arrayContaining([
          'thu-hut-dau-tu-cong-nghe-cao',
          'tin-kinh-te',
          'tin-dia-phuong',
          'gia-dau-tu-dau-nam',
        ]),
      );
    }
  });

  it('ranks exact diacritics first, then title above lead above body', async () => {
    expect(await slugsOf({ q: 'đầu tư' })).toEqual([
      'thu-hut-dau-tu-cong-nghe-cao',
      'tin-kinh-te',
      'tin-dia-phuong',
      'gia-dau-tu-dau-nam',
    ]);
    expect((await slugsOf({ q: 'dầu từ' }))[0]).toBe('gia-dau-tu-dau-nam');
    // A quoted phrase typed with its diacritics: its exact matches first too,
    // though "dầu từ" is in a title and a lead.
    expect(await slugsOf({ q: '"đầu tư"' })).toEqual([
      'thu-hut-dau-tu-cong-nghe-cao',
      'tin-kinh-te',
      'tin-dia-phuong',
      'gia-dau-tu-dau-nam',
    ]);
  });

  it('matches a quoted phrase only as a phrase', async () => {
    expect(await slugsOf({ q: '"đẩy mạnh đầu tư"' })).toEqual(['tin-kinh-te']);
    expect(await slugsOf({ q: '"đầu tư đẩy mạnh"' })).toEqual([]);
  });

  it('filters by category and by date range (Vietnam days, inclusive), sorts by newest', async () => {
    expect(await slugsOf({ q: 'dau tu', 'chuyen-muc': 'khac', 'sap-xep': 'moi-nhat' })).toEqual([
      'gia-dau-tu-dau-nam',
      'tin-dia-phuong',
    ]);
    expect(
      await slugsOf({ q: 'dau tu', tu: '05/04/2024', den: '10/04/2024', 'sap-xep': 'moi-nhat' }),
    ).toEqual(['tin-dia-phuong', 'tin-kinh-te']);
    // Reversed, the two days are swapped; an unreadable one is left out, with a notice.
    expect(await slugsOf({ q: 'dau tu', tu: '10/04/2024', den: '5/4/2024' })).toEqual([
      'tin-kinh-te',
      'tin-dia-phuong',
    ]);
    const bad = await search({ q: 'dau tu', tu: '2024-04-05', den: '31/02/2024' });
    expect(bad.results?.total).toBe(4);
    expect(bad.notices).toEqual([
      'Từ ngày không hợp lệ, đã bỏ qua. Nhập theo dạng dd/mm/yyyy, ví dụ 27/04/2024.',
      'Đến ngày không hợp lệ, đã bỏ qua. Nhập theo dạng dd/mm/yyyy, ví dụ 27/04/2024.',
    ]);
  });

  it('shows only published live revisions: no draft, no taken-down article, no unapproved edit', async () => {
    expect(await slugsOf({ q: 'bímật' })).toEqual([]);
    expect(await slugsOf({ q: 'gỡbỏ' })).toEqual([]);
    expect(await slugsOf({ q: 'chữmới' })).toEqual([]);
    expect(await slugsOf({ q: 'đang hiển thị' })).toEqual(['ban-dang-hien-thi']);
    // Approved for later: live revision set, publication time still ahead.
    const later = await createPublishedArticle({ category: policy, title: 'Tin hẹngiờ' });
    await db().article.update({
      where: { id: later.article.id },
      data: { publishedAt: new Date(Date.now() + 86_400_000) },
    });
    expect((await search({ q: 'hẹngiờ' })).results).toMatchObject({ total: 0, items: [] });
  });

  it('leaves the results as soon as an article is taken down', async () => {
    const { article } = await createPublishedArticle({
      category: policy,
      title: 'Tin sắp gỡ khẩncấp',
    });
    expect(await slugsOf({ q: 'khẩn cấp khẩncấp' })).toHaveLength(0);
    expect(await slugsOf({ q: 'khẩncấp' })).toHaveLength(1);
    await unpublishArticle(article);
    expect(await slugsOf({ q: 'khẩncấp' })).toHaveLength(0);
  });

  it('highlights matches in the title and the excerpt as plain segments', async () => {
    const hit = (await search({ q: 'dau tu' })).results?.items.find(
      (h) => h.slug === 'tin-dia-phuong',
    );
    expect(hit?.excerpt.filter((s) => s.mark).map((s) => s.text)).toEqual(['đầu', 'tư']);
    expect(hit?.excerpt.map((s) => s.text).join('')).toBe('Tỉnh ưu tiên đầu tư cho giáo dục.');
  });

  it('pages by 20 with trang', async () => {
    for (let i = 0; i < SEARCH_PAGE_SIZE + 3; i++) {
      await createPublishedArticle({ category: other, title: `Hội nghị phântrang số ${i}` });
    }
    const first = await search({ q: 'phântrang' });
    const second = await search({ q: 'phântrang', trang: '2' });
    expect(first.results?.items).toHaveLength(SEARCH_PAGE_SIZE);
    expect(second.results).toMatchObject({ total: SEARCH_PAGE_SIZE + 3, page: 2, pageCount: 2 });
    expect(second.results?.items).toHaveLength(3);
    expect((await search({ q: 'phântrang', trang: '9' })).results).toMatchObject({
      total: 23,
      items: [],
    });
  });

  it('answers hostile or odd input with results or a Vietnamese notice, never an error', async () => {
    const inputs = [
      '',
      ' ',
      'a'.repeat(1000),
      'đầu '.repeat(300),
      '%',
      '_',
      '\\',
      "'",
      '"',
      '""',
      "' OR 1=1 --",
      '<script>alert(1)</script>',
      'tư; DROP TABLE "Article"; --',
      '.*+?^{}$()|[]\\',
      '&|!<->:*',
      'đầu\u0000tư',
      '😀',
      '🇻🇳 đầu tư',
      '中文 搜索',
      'Поиск',
      'بحث',
      '\u202Eđầu',
      'dau:* & tu',
    ];
    for (const q of inputs) {
      const outcome = await search({ q });
      expect(outcome.results !== null || outcome.notices.length > 0 || q.trim() === '').toBe(true);
      expect(outcome.query.text).not.toContain('\u0000');
      expect(outcome.query.text.length).toBeLessThanOrEqual(200);
    }
    expect((await search({ q: '%' })).notices).toContain(
      'Từ khoá cần có ít nhất một chữ cái hoặc chữ số.',
    );
    expect(await slugsOf({ q: 'đầu\u0000tư' })).toContain('thu-hut-dau-tu-cong-nghe-cao');
  });

  it('records each search: normalised query, result count, time, nothing about the person', async () => {
    await db().searchLog.deleteMany();
    await recordSearch(await search({ q: '  Đầu   TƯ ' }));
    await recordSearch(await search({ q: '' }));
    const rows = await db().searchLog.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ query: 'đầu tư', resultCount: 4 });
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual([
      'at',
      'durationMs',
      'id',
      'query',
      'resultCount',
    ]);
  });
});

describe('publishedSql and the search table', () => {
  it('select exactly the articles published() selects', async () => {
    await createDraftArticle({ category: policy, state: 'SCHEDULED' });
    await createDraftArticle({ category: policy, state: 'UNPUBLISHED' });
    const future = await createPublishedArticle({ category: policy, title: 'Tương lai' });
    await db().article.update({
      where: { id: future.article.id },
      data: { publishedAt: new Date(Date.now() + 86_400_000) },
    });
    const viaPrisma = await db().article.findMany({ where: published(), select: { id: true } });
    const viaSql = await db().$queryRaw<
      { id: string }[]
    >`SELECT a.id FROM "Article" a WHERE ${publishedSql()}`;
    const viaSearch = await db().$queryRaw<
      { id: string }[]
    >`SELECT s."articleId" AS id FROM "SearchEntry" s WHERE ${publishedEntrySql()}`;
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
    expect(ids(viaSql)).toEqual(ids(viaPrisma));
    expect(ids(viaSearch)).toEqual(ids(viaPrisma));
    expect(await db().article.count()).toBeGreaterThan(viaPrisma.length + 3);
  });
});

describe('more matches than are ranked', () => {
  it('says there are more than MAX_CANDIDATES and still fills the pages', async () => {
    const editor = await db().user.findFirstOrThrow({ select: { id: true } });
    // One statement for 1,001 articles: fixtures one by one would take long.
    await db().$executeRaw`
      INSERT INTO "Article" (id, slug, "categoryId", "publishedAt", "updatedAt")
      SELECT 'nhieu-' || g, 'nhieu-' || g, ${other.id}, now() - make_interval(mins => g), now()
      FROM generate_series(1, ${MAX_CANDIDATES + 1}) g`;
    await db().$executeRaw`
      INSERT INTO "ArticleRevision" (id, "articleId", number, state, title, lead, body, "categoryId", "authorId", "updatedAt")
      SELECT 'nhieu-r-' || g, 'nhieu-' || g, 1, 'PUBLISHED', 'Tin thườnggặp ' || g, 'Sa-pô', 'Nội dung',
             ${other.id}, ${editor.id}, now()
      FROM generate_series(1, ${MAX_CANDIDATES + 1}) g`;
    await db()
      .$executeRaw`UPDATE "Article" SET "liveRevisionId" = 'nhieu-r-' || substr(id, 7) WHERE id LIKE 'nhieu-%'`;
    const outcome = await search({ q: 'thuonggap' });
    expect(outcome.results).toMatchObject({
      capped: true,
      total: MAX_CANDIDATES,
      pageCount: MAX_CANDIDATES / SEARCH_PAGE_SIZE,
    });
    expect(outcome.results?.items).toHaveLength(SEARCH_PAGE_SIZE);
    const last = await search({ q: 'thuonggap', trang: String(MAX_CANDIDATES / SEARCH_PAGE_SIZE) });
    expect(last.results?.items).toHaveLength(SEARCH_PAGE_SIZE);
  });
});
