import { expect, test } from '@playwright/test';
import { PUBLIC_CACHE_CONTROL } from '../../lib/cache/policy.mjs';
import { snap, watchConsole } from './support/page-checks';

const ARTICLE_TITLE = 'Bộ Kế hoạch và Đầu tư: Đẩy mạnh truyền thông chính sách trên nền tảng số';
const ARTICLE_PATH =
  '/tin-tuc/bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';

test('a citizen reads home, the article, a related article, category page 2 and the plan', async ({
  page,
}) => {
  const problems = watchConsole(page);

  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  await snap(page, '01-home');
  await page.getByRole('link', { name: ARTICLE_TITLE }).first().click();

  await expect(page).toHaveURL(ARTICLE_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE_TITLE);
  await expect(page.getByText('Chỉ thị số 07/CT-TTg', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('PLVN').first()).toBeVisible();
  await expect(page.getByText(/\d{2}\/\d{2}\/\d{4}/).first()).toBeVisible();
  const breadcrumb = page.getByRole('navigation', { name: /đường dẫn|breadcrumb/i });
  await expect(breadcrumb.getByRole('link', { name: 'Truyền thông Chính sách' })).toBeVisible();
  await expect(
    page
      .getByRole('link', { name: 'Truyền thông chính sách góp phần tạo sự đồng thuận xã hội' })
      .first(),
  ).toBeVisible();
  const related = page.getByRole('region', { name: 'Tin cùng chuyên mục' });
  await expect(related.getByRole('heading', { name: 'Tin cùng chuyên mục' })).toBeVisible();
  const relatedLinks = related.getByRole('link');
  expect(await relatedLinks.count()).toBeGreaterThan(0);
  expect(await relatedLinks.count()).toBeLessThanOrEqual(6);
  await expect(related.getByRole('link', { name: ARTICLE_TITLE })).toHaveCount(0);
  await snap(page, '02-article');

  const relatedHref = await relatedLinks.first().getAttribute('href');
  const relatedText = (await relatedLinks.first().textContent()) ?? '';
  await relatedLinks.first().click();
  await expect(page).toHaveURL(relatedHref ?? '/tin-tuc/');
  const h1 = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  expect(h1.length).toBeGreaterThan(0);
  expect(relatedText).toContain(h1.trim());
  // The seeded related items have a body that only repeats the lead: shown once.
  const lead = (await page.locator('main article header p').last().textContent()) ?? '';
  expect(lead.length).toBeGreaterThan(20);
  await expect(page.locator('main').getByText(lead, { exact: true })).toHaveCount(1);
  await snap(page, '03-related-article');

  await page.goto('/chuyen-muc/truyen-thong-chinh-sach?trang=2');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Truyền thông Chính sách');
  await expect(
    page.getByRole('link', { name: /Tin kiểm thử phân trang số/ }).first(),
  ).toBeVisible();
  await snap(page, '04-category-page-2');

  await page.goto('/ke-hoach-truyen-thong/2023');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2023');
  await expect(
    page.getByText('không để ai bị bỏ lại phía sau', { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: ARTICLE_TITLE }).first()).toBeVisible();
  await snap(page, '05-plan-2023');

  expect(problems).toEqual([]);
});

test('category page 1 lists 20 articles newest first and links to page 2', async ({ page }) => {
  await page.goto('/chuyen-muc/truyen-thong-chinh-sach');
  const items = page.locator('main article');
  await expect(items).toHaveCount(20);
  await page.getByRole('link', { name: 'Trang sau ›' }).click();
  // The address citizens share keeps `?trang=2`.
  await expect(page).toHaveURL('/chuyen-muc/truyen-thong-chinh-sach?trang=2');
  await expect(page.getByText('Trang 2/2')).toBeVisible();
  await expect(
    page.getByRole('link', { name: /Tin kiểm thử phân trang số/ }).first(),
  ).toBeVisible();
  await page.getByRole('link', { name: '‹ Trang trước' }).click();
  await expect(page).toHaveURL('/chuyen-muc/truyen-thong-chinh-sach');
  await expect(items).toHaveCount(20);
});

test('an unknown slug answers 404 with a Vietnamese page', async ({ page }) => {
  const problems = watchConsole(page);
  const response = await page.goto('/tin-tuc/khong-co-bai-nay');
  expect(response?.status()).toBe(404);
  await page.waitForLoadState('networkidle');
  // Once scripts run, Next's not-found boundary takes over the same message.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav).toBeVisible();
  // Where citizens take part: drafts open for comment and the ministry's events.
  await expect(nav.getByRole('link', { name: 'Lấy ý kiến dự thảo' })).toHaveAttribute(
    'href',
    '/du-thao',
  );
  await expect(nav.getByRole('link', { name: 'Sự kiện' })).toHaveAttribute('href', '/su-kien');
  // The browser reports the 404 document itself; nothing else may go wrong.
  expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
  await snap(page, '06-not-found');
  const category = await page.goto('/chuyen-muc/khong-co-chuyen-muc-nay');
  expect(category?.status()).toBe(404);
});

test('a 404 carries its Vietnamese message, header and footer in the HTML itself', async ({
  request,
}) => {
  // Read as served, with no JavaScript: what a citizen with scripts off, a
  // crawler or a proxy cache gets. Not an empty shell for scripts to fill.
  const category = '/chuyen-muc/truyen-thong-chinh-sach';
  const missing = [
    '/tin-tuc/khong-co',
    '/ke-hoach-truyen-thong/1999',
    '/khong-ton-tai',
    '/chuyen-muc/khong-co',
    `${category}?trang=abc`,
    `${category}?trang=0`,
    `${category}?trang=02`,
    `${category}?trang=2%23`,
    `${category}?trang=99`,
  ];
  for (const path of missing) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).not.toContain('__next_error__');
    expect(html, path).toContain('<html lang="vi"');
    expect(html, path).toMatch(/<h1[^>]*>Không tìm thấy trang<\/h1>/);
    expect(html, path).toContain('Trang bạn tìm không tồn tại hoặc tin bài đã được gỡ.');
    expect(html, path).toContain('aria-label="Điều hướng chính"');
    expect(html, path).toMatch(/<footer[^>]*>[\s\S]*Cơ quan chủ quản/);
  }
  // Reading pages show their categories in the header, even on a 404.
  const article = await (await request.get('/tin-tuc/khong-co')).text();
  expect(article).toContain('href="/chuyen-muc/truyen-thong-chinh-sach"');
  // The same listing's real page 2 answers as before, through the same route.
  const page2 = await request.get(`${category}?trang=2`);
  expect(page2.status()).toBe(200);
  expect(await page2.text()).toMatch(/Trang 2\/2/);
});

test('the article is readable on a 375 px wide phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(ARTICLE_PATH);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await snap(page, '07-article-375');
});

test('reading pages are plain HTML: no client runtime, no RSC payload, styled and working', async ({
  page,
}) => {
  for (const path of [
    '/',
    ARTICLE_PATH,
    '/chuyen-muc/truyen-thong-chinh-sach',
    '/ke-hoach-truyen-thong/2023',
  ]) {
    const response = await page.goto(path);
    const html = (await response?.text()) ?? '';
    expect(html, path).not.toContain('__next_f');
    expect(html, path).not.toContain('/_next/static/chunks/turbopack');
    const scripts = await page.$$eval('script', (els) =>
      els.map((e) => e.getAttribute('src') ?? e.getAttribute('type') ?? 'inline'),
    );
    expect(
      scripts.filter((s) => s !== 'application/ld+json' && s !== '/article-tools.js'),
      path,
    ).toEqual([]);
    // The stylesheet still applies: the header keeps its brand colour.
    const header = await page
      .locator('header')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(header, path).not.toBe('rgba(0, 0, 0, 0)');
  }
  // A link is a plain link: it loads the next page whole.
  await page.goto('/');
  await page
    .getByRole('link', { name: /Đẩy mạnh truyền thông chính sách trên nền tảng số/ })
    .first()
    .click();
  await expect(page).toHaveURL(ARTICLE_PATH);
  await expect(page.locator('h1')).toContainText('Đẩy mạnh truyền thông chính sách');
});

test('health answers ok', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
});

test('reading pages, home included, are cached and say so to a front cache for 1 s; staff answers never', async ({
  request,
}) => {
  for (const path of [
    '/',
    ARTICLE_PATH,
    '/chuyen-muc/truyen-thong-chinh-sach',
    '/ke-hoach-truyen-thong/2023',
    '/gioi-thieu',
    '/lien-he',
    '/en',
  ]) {
    await request.get(path);
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['x-nextjs-cache'], `${path} served from the page cache`).toBe('HIT');
    expect(headers['cache-control'], path).toBe(PUBLIC_CACHE_CONTROL);
    const etag = headers.etag ?? '';
    expect(etag, path).not.toBe('');
    const again = await request.get(path, { headers: { 'If-None-Match': etag } });
    expect(again.status(), `${path} revalidates with its ETag`).toBe(304);
  }
  for (const path of ['/dang-nhap', '/api/health', '/quan-tri']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()['cache-control'], path).toBe('private, no-store');
  }
});
