import { beforeAll, describe, expect, it } from 'vitest';
import type { Category } from '../../lib/generated/prisma/client';
import { db } from '../../lib/db/client';
import { readSearchParams, SEARCH_PAGE_SIZE, searchArticles } from '../../lib/search';
import { MAX_CANDIDATES } from '../../lib/search/candidates';
import { FIRST_SLICE_DAYS } from '../../lib/search/slices';
import { resetDatabase } from '../helpers/integration';
import { createCategory, createPublishedArticle } from '../helpers/fixtures';

// Search asks for the newest days first and reaches further back only while
// the slices so far hold too few matches (lib/search/slices.ts and
// candidates.ts): these check that an old match is still found, on the page
// and in the rank it deserves, however the slices fall.

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
/** A date as typed in the search form, dd/mm/yyyy (a day either way is fine here). */
const typed = (date: Date) => date.toISOString().slice(0, 10).split('-').reverse().join('/');
const search = (params: Record<string, string>) => searchArticles(readSearchParams(params));
const slugsOf = async (params: Record<string, string>) =>
  (await search(params)).results?.items.map((hit) => hit.slug) ?? [];

let category: Category;
// Well before the first slice, and before any slice the few recent matches could size.
const oldest = 680;

beforeAll(async () => {
  await resetDatabase();
  category = await createCategory({ slug: 'thoi-su', name: 'Thời sự' });
  // 25 recent articles with the word typed without its diacritics, so they
  // match "kênhđào" only once folded.
  for (let i = 0; i < 25; i++) {
    await createPublishedArticle({
      category,
      title: `Tin kenhdao số ${i}`,
      publishedAt: daysAgo(i),
    });
  }
  // One match in each older slice, with the diacritics typed.
  await createPublishedArticle({
    category,
    title: 'Tin thủy lợi',
    body: 'Nạo vét kênhđào trước mùa mưa.',
    publishedAt: daysAgo(130),
  });
  await createPublishedArticle({
    category,
    title: 'Tin giao thông thủy',
    lead: 'Khánh thành kênhđào mới.',
    publishedAt: daysAgo(FIRST_SLICE_DAYS + 10),
  });
  await createPublishedArticle({
    category,
    title: 'Kênhđào Chợ Gạo mở rộng',
    publishedAt: daysAgo(oldest),
  });
});

describe('search in time slices', () => {
  it('finds matches older than every slice, newest first, on page 2', async () => {
    const first = await search({ q: 'kenhdao', 'sap-xep': 'moi-nhat' });
    expect(first.results).toMatchObject({ total: 28, capped: false, pageCount: 2 });
    expect(await slugsOf({ q: 'kenhdao', 'sap-xep': 'moi-nhat', trang: '2' })).toEqual([
      ...[20, 21, 22, 23, 24].map((i) => `tin-kenhdao-so-${i}`),
      'tin-giao-thong-thuy',
      'tin-thuy-loi',
      'kenhdao-cho-gao-mo-rong',
    ]);
  });

  it('shows each hit with its own publication time, whatever the time zone of the server', async () => {
    const [hit] =
      (await search({ q: 'kenhdao', 'sap-xep': 'moi-nhat', trang: '2' })).results?.items.slice(
        -1,
      ) ?? [];
    const stored = await db().article.findUniqueOrThrow({
      where: { slug: 'kenhdao-cho-gao-mo-rong' },
      select: { publishedAt: true },
    });
    expect(hit?.publishedAt).toBe(stored.publishedAt?.toISOString());
    expect(hit?.category).toEqual({ slug: 'thoi-su', name: 'Thời sự' });
  });

  it('ranks across slices: exact diacritics first, then title > lead > body', async () => {
    const ranked = await slugsOf({ q: 'kênhđào' });
    expect(ranked.slice(0, 3)).toEqual([
      'kenhdao-cho-gao-mo-rong',
      'tin-giao-thong-thuy',
      'tin-thuy-loi',
    ]);
    // Folded-only matches after them, all in the title: the newest first.
    expect(ranked.slice(3, 6)).toEqual([
      'tin-kenhdao-so-0',
      'tin-kenhdao-so-1',
      'tin-kenhdao-so-2',
    ]);
  });

  it('searches a date range in the past from its own end', async () => {
    const from = typed(daysAgo(oldest + 1));
    const to = typed(daysAgo(120));
    expect(await slugsOf({ q: 'kenhdao', tu: from, den: to })).toEqual([
      'kenhdao-cho-gao-mo-rong',
      'tin-thuy-loi',
    ]);
  });
});

describe('more matches than are ranked, across slices', () => {
  it('ranks exactly the newest MAX_CANDIDATES, however the slices split them', async () => {
    const editor = await db().user.findFirstOrThrow({ select: { id: true } });
    const m = MAX_CANDIDATES;
    const [recent, near, far] = [Math.floor(0.4 * m), Math.floor(0.3 * m), Math.floor(0.3 * m) - 5];
    // One statement (fixtures one by one would take long): 40% of the
    // candidates in the first slice, which sizes the next at about 70 days
    // before it; 30% in that slice, 35 to 48 days ago; 30% less five in the
    // slice four times as far, 110 to 185 days ago; seven in the rest, 450
    // to 630 days ago, the newest five of them the last ranked.
    await db().$executeRaw`
      INSERT INTO "Article" (id, slug, "categoryId", "publishedAt", "updatedAt")
      SELECT 'day-' || g, 'day-' || g, ${category.id},
             CASE WHEN g <= ${recent} THEN now() - make_interval(mins => g)
                  WHEN g <= ${recent + near} THEN now() - make_interval(days => 35, hours => g - ${recent})
                  WHEN g <= ${recent + near + far}
                    THEN now() - make_interval(days => 110, hours => 6 * (g - ${recent + near}))
                  ELSE now() - make_interval(days => 450 + 30 * (g - ${recent + near + far})) END,
             now()
      FROM generate_series(1, ${m + 2}) g`;
    await db().$executeRaw`
      INSERT INTO "ArticleRevision" (id, "articleId", number, state, title, lead, body, "categoryId", "authorId", "updatedAt")
      SELECT 'day-r-' || g, 'day-' || g, 1, 'PUBLISHED', 'Tin lũlụt ' || g, 'Sa-pô', 'Nội dung',
             ${category.id}, ${editor.id}, now()
      FROM generate_series(1, ${m + 2}) g`;
    await db()
      .$executeRaw`UPDATE "Article" SET "liveRevisionId" = 'day-r-' || substr(id, 5) WHERE id LIKE 'day-%'`;
    const lastPage = m / SEARCH_PAGE_SIZE;
    const newest = await search({ q: 'lulut', 'sap-xep': 'moi-nhat', trang: String(lastPage) });
    expect(newest.results).toMatchObject({ total: m, capped: true });
    expect(newest.results?.items.map((hit) => hit.slug).slice(-6)).toEqual(
      [m - 5, m - 4, m - 3, m - 2, m - 1, m].map((g) => `day-${g}`),
    );
    // The oldest two are beyond the newest MAX_CANDIDATES: ranked nowhere.
    const pages = await Promise.all(
      Array.from({ length: lastPage }, (_, i) => slugsOf({ q: 'lũlụt', trang: String(i + 1) })),
    );
    const all = pages.flat();
    expect(new Set(all).size).toBe(m);
    expect(all).not.toContain(`day-${m + 1}`);
    expect(all).not.toContain(`day-${m + 2}`);
  });
});
