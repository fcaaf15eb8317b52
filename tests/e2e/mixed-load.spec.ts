import { readFileSync } from 'node:fs';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { query } from './support/db';
import { expectHydrated } from './support/page-checks';
import { EDITOR, login, newPersonPage, OTHER_EDITOR, unique } from './support/staff';

// A small newsroom's ordinary morning: two editors save long drafts again
// and again while sixteen readers open article pages, cold and warm. Every
// page must carry its own article, and every save must land.

const READERS = 16;
const ROUNDS_PER_READER = 6;
const SAVES_PER_EDITOR = 3;
const CATEGORY = 'Truyền thông Chính sách';
const SERVER_LOG = 'tests/artifacts/e2e-server.log';

/** About 120 KB of UTF-8 Vietnamese text, marked with `tag` at both ends. */
function longBody(tag: string): string {
  return `${tag}\n\n${'Chính sách mới về chuyển đổi số được truyền thông rộng rãi. '.repeat(1_600)}\n\n${tag}`;
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

/** Published news articles (not the portal's own pages, which live at their own paths). */
async function publishedTitles(): Promise<Map<string, string>> {
  const rows = await query<{ slug: string; title: string }>(
    `SELECT a.slug, r.title FROM "Article" a
     JOIN "ArticleRevision" r ON r.id = a."liveRevisionId"
     WHERE a."publishedAt" <= now() AND a.kind = 'ARTICLE'`,
  );
  return new Map(rows.map((r) => [r.slug, r.title]));
}

async function reader(
  request: APIRequestContext,
  slugs: string[],
  titles: Map<string, string>,
  offset: number,
) {
  const problems: string[] = [];
  for (let round = 0; round < ROUNDS_PER_READER; round++) {
    for (let i = 0; i < slugs.length; i++) {
      const slug = slugs[(i + offset + round) % slugs.length] ?? '';
      const response = await request.get(`/tin-tuc/${slug}`);
      const html = await response.text();
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
      if (response.status() !== 200) problems.push(`${slug}: HTTP ${response.status()}`);
      else if (decode(h1 ?? '') !== titles.get(slug))
        problems.push(`${slug}: shows "${decode(h1 ?? '')}"`);
    }
  }
  return problems;
}

async function editorSaves(page: Page, label: string): Promise<string[]> {
  await page.goto('/quan-tri/bai-viet/moi');
  await page.getByLabel('Tiêu đề').fill(unique(label));
  await page.getByLabel('Sa-pô').fill('Bản nháp dài trong giờ cao điểm.');
  await page.getByLabel('Nội dung', { exact: true }).fill(longBody(`[${label} 0]`));
  await page.getByLabel('Chuyên mục').selectOption({ label: CATEGORY });
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page).toHaveURL(/\?da=tao-moi$/, { timeout: 30_000 });
  const articlePath = new URL(page.url()).pathname;
  const saved = [`[${label} 0]`];
  for (let n = 1; n < SAVES_PER_EDITOR; n++) {
    const tag = `[${label} ${n}]`;
    await page.goto(articlePath);
    await expectHydrated(page);
    await page.getByLabel('Nội dung', { exact: true }).fill(longBody(tag));
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page).toHaveURL(/\?da=luu-nhap$/, { timeout: 30_000 });
    saved.push(tag);
  }
  // What the server kept, read back through the editor's own screen.
  await page.goto(articlePath);
  await expect(page.getByLabel('Nội dung', { exact: true })).toHaveValue(
    longBody(saved.at(-1) ?? ''),
  );
  return saved;
}

test('two editors saving 100 KB drafts while 16 readers read: every page its own, every save kept', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const logBefore = readFileSync(SERVER_LOG, 'utf8').length;
  const titles = await publishedTitles();
  const slugs = [...titles.keys()];
  expect(slugs.length).toBeGreaterThan(20);
  const [first, second] = await Promise.all([
    newPersonPage(browser, baseURL),
    newPersonPage(browser, baseURL),
  ]);
  await login(first, EDITOR);
  await login(second, OTHER_EDITOR);
  const contexts = await Promise.all(
    Array.from({ length: READERS }, () => browser.newContext({ baseURL })),
  );

  const [problems, savesA, savesB] = await Promise.all([
    Promise.all(contexts.map((c, i) => reader(c.request, slugs, titles, i))).then((p) => p.flat()),
    editorSaves(first, 'Biên tập A'),
    editorSaves(second, 'Biên tập B'),
  ]);

  expect(problems).toEqual([]);
  const bodies = await query<{ body: string }>(
    `SELECT body FROM "ArticleRevision" WHERE body LIKE '[Biên tập %'`,
  );
  const last = bodies.map((b) => b.body.slice(0, b.body.indexOf(']') + 1)).sort();
  expect(last).toEqual([savesA.at(-1), savesB.at(-1)].sort());
  for (const { body } of bodies) expect(body.length).toBeGreaterThan(95_000);
  // Nothing the database said went wrong meanwhile, as the server logged it.
  const logged = readFileSync(SERVER_LOG, 'utf8').slice(logBefore);
  expect(logged).not.toMatch(/error|prisma|08P01|22007|portal ""/i);
});
