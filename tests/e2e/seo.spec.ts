import { expect, type Page, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

const ARTICLE_PATH =
  '/tin-tuc/bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';
const PAGES = [
  '/',
  ARTICLE_PATH,
  '/chuyen-muc/truyen-thong-chinh-sach',
  '/ke-hoach-truyen-thong/2023',
  '/tim-kiem?q=dau+tu',
];

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.flatMap((text) => {
    const data = JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[];
    return Array.isArray(data) ? data : [data];
  });
}

test('every public page has one canonical link and Open Graph basics', async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    const canonical = page.locator('link[rel="canonical"]');
    await expect(canonical, path).toHaveCount(1);
    expect(await canonical.getAttribute('href')).toBe(
      `http://localhost:${new URL(page.url()).port}${path.split('?')[0]}`,
    );
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute(
      'content',
      'Cổng Truyền thông Chính sách',
    );
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'vi_VN');
    await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute(
      'content',
      /^http:\/\/localhost:\d+\//,
    );
  }
});

test('the article carries NewsArticle and BreadcrumbList JSON-LD; the home page GovernmentOrganization', async ({
  page,
  request,
}) => {
  await page.goto(ARTICLE_PATH);
  const data = await jsonLd(page);
  const article = data.find((item) => item['@type'] === 'NewsArticle');
  expect(article).toMatchObject({
    headline: 'Bộ Kế hoạch và Đầu tư: Đẩy mạnh truyền thông chính sách trên nền tảng số',
    datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
  });
  const image = ((article?.image ?? []) as string[])[0] ?? '';
  expect((await request.get(new URL(image).pathname)).status()).toBe(200);
  const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList');
  expect((crumbs?.itemListElement ?? []) as unknown[]).toHaveLength(3);
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveCount(1);
  await page.goto('/');
  expect((await jsonLd(page)).map((item) => item['@type'])).toContain('GovernmentOrganization');
});

test('robots.txt keeps crawlers out of staff pages; sitemap.xml lists published pages', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  for (const path of ['/quan-tri', '/dang-nhap', '/api'])
    expect(robots).toContain(`Disallow: ${path}`);
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
  const sitemap = new XMLParser().parse(await (await request.get('/sitemap.xml')).text());
  const locs = (sitemap.urlset.url as { loc: string }[]).map((url) => new URL(url.loc).pathname);
  expect(locs).toEqual(
    expect.arrayContaining([
      ARTICLE_PATH,
      '/chuyen-muc/truyen-thong-chinh-sach',
      '/ke-hoach-truyen-thong/2023',
    ]),
  );
  const news = await request.get('/sitemap-news.xml');
  expect(news.status()).toBe(200);
  expect(new XMLParser().parse(await news.text()).urlset).toBeDefined();
});
