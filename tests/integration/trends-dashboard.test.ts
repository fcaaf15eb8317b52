import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../lib/core/errors';
import { writeViews } from '../../lib/counting/flush.mjs';
import { db } from '../../lib/db/client';
import { env } from '../../lib/env';
import { readSearchParams, recordSearch, searchArticles } from '../../lib/search';
import { loadTrends } from '../../lib/trends-data/dashboard';
import { addDays, vnDayOf } from '../../lib/trends-data/range';
import { rollUpAllSearches } from '../../lib/search/rollup';
import { castEachTest } from '../helpers/integration';
import { publishedArticle } from '../helpers/workflow-fixtures';

const c = castEachTest();
const today = vnDayOf(new Date());
const range = { from: addDays(today, -27), to: today };

/** Reads written as the serving layer's flush writes them. */
async function views(path: string, perDay: number) {
  const client = new pg.Client({ connectionString: String(env().DATABASE_URL) });
  await client.connect();
  const days = Array.from({ length: 28 }, (_, i) => addDays(range.from, i));
  await writeViews(
    client,
    days,
    days.map(() => path),
    days.map(() => perDay),
  );
  await client.end();
}

async function twoEditorsArticles() {
  const mine = await publishedArticle(c.editor, c.approver, c.categoryId);
  const theirs = await publishedArticle(c.editor2, c.approver, c.categoryId);
  const slug = async (id: string) => (await db().article.findUniqueOrThrow({ where: { id } })).slug;
  await views(`/tin-tuc/${await slug(mine.revision.articleId)}`, 10);
  await views(`/tin-tuc/${await slug(theirs.revision.articleId)}`, 3);
  return { mine: mine.revision.articleId, theirs: theirs.revision.articleId };
}

describe('the trends dashboard query', () => {
  it("refuses an editor another editor's article, in the query", async () => {
    const { theirs } = await twoEditorsArticles();
    await expect(loadTrends(c.editor, range, theirs)).rejects.toThrow(ForbiddenError);
    await expect(loadTrends(c.editor, range, 'khong-co-bai-nay')).rejects.toThrow(ForbiddenError);
  });

  it('gives an editor their own articles only, an approver the whole portal', async () => {
    const { mine, theirs } = await twoEditorsArticles();
    const editor = await loadTrends(c.editor, range);
    expect(editor.topArticles.map((a) => a.articleId)).toEqual([mine]);
    expect(editor.views.every((p) => p.value === 10)).toBe(true);
    expect(editor.searches).toBeNull();
    expect(editor.referrers).toBeNull();
    const one = await loadTrends(c.editor, range, mine);
    expect(one.views.reduce((s, p) => s + p.value, 0)).toBe(280);
    const approver = await loadTrends(c.approver, range);
    expect(approver.topArticles.map((a) => a.articleId)).toEqual([mine, theirs]);
    expect(approver.views.every((p) => p.value === 13)).toBe(true);
    expect(approver.forecast).toHaveLength(14);
    const admin = await loadTrends(c.admin, range, theirs);
    expect(admin.views.every((p) => p.value === 3)).toBe(true);
  });

  it("adds each read to its category's day too, the category page's own reads included", async () => {
    await twoEditorsArticles();
    const category = await db().category.findUniqueOrThrow({ where: { id: c.categoryId } });
    await views(`/chuyen-muc/${category.slug}`, 2);
    await views('/tin-tuc/khong-co-bai-nay', 50); // no such article: no one's category
    const approver = await loadTrends(c.approver, range);
    expect(approver.topCategories).toEqual([{ label: category.name, value: 28 * (10 + 3 + 2) }]);
    const days = await db().$queryRaw<{ views: number }[]>`
      SELECT views FROM "CategoryViewDaily" WHERE "categoryId" = ${c.categoryId}`;
    expect(days.map((d) => d.views)).toEqual(Array(28).fill(15));
  });

  it('rolls searches up into folded n-grams, zero results apart, each search once', async () => {
    await publishedArticle(c.editor, c.approver, c.categoryId, { title: 'Đầu tư công năm nay' });
    for (const q of ['Đầu tư công', 'dau tu cong', 'đầu tư', 'xyzzy không có']) {
      await recordSearch(await searchArticles(readSearchParams({ q })));
    }
    expect(await rollUpAllSearches()).toBe(4);
    expect(await rollUpAllSearches()).toBe(0); // nothing rolled twice
    const trends = await loadTrends(c.approver, range);
    const terms = Object.fromEntries((trends.topTerms ?? []).map((t) => [t.label, t.value]));
    expect(terms['dau tu']).toBe(3);
    expect(terms['dau tu cong']).toBe(2);
    expect(terms.cong).toBe(2);
    expect(trends.zeroQueries).toEqual([{ label: 'xyzzy khong co', value: 1 }]);
    expect(trends.searches?.searches.at(-1)?.value).toBe(4);
    expect(trends.searches?.zero.at(-1)?.value).toBe(1);
  });
});
