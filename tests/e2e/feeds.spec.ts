import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

const CATEGORY = 'truyen-thong-chinh-sach';
const ARTICLE_TITLE = 'Bộ Kế hoạch và Đầu tư: Đẩy mạnh truyền thông chính sách trên nền tảng số';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

for (const path of ['/rss.xml', `/chuyen-muc/${CATEGORY}/rss.xml`]) {
  test(`${path} is RSS 2.0 with the seeded article, its link and date`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const channel = parser.parse(await response.text()).rss.channel;
    const items = asArray<{ title: string; link: string; pubDate: string }>(channel.item);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(50);
    const seeded = items.find((item) => item.title === ARTICLE_TITLE);
    expect(seeded?.link).toMatch(/^http:\/\/localhost:\d+\/tin-tuc\/bo-ke-hoach-va-dau-tu-/);
    expect(Number.isNaN(new Date(seeded?.pubDate ?? '').getTime())).toBe(false);
  });
}

for (const path of ['/atom.xml', `/chuyen-muc/${CATEGORY}/atom.xml`]) {
  test(`${path} is Atom 1.0, newest first`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    const feed = parser.parse(await response.text()).feed;
    const entries = asArray<{ title: string; published: string; link: { '@href': string } }>(
      feed.entry,
    );
    expect(entries.map((entry) => entry.title)).toContain(ARTICLE_TITLE);
    const dates = entries.map((entry) => entry.published);
    expect(dates).toEqual([...dates].sort().reverse());
  });
}

test('an unknown category has no feed', async ({ request }) => {
  expect((await request.get('/chuyen-muc/khong-co/rss.xml')).status()).toBe(404);
});

test('pages announce their feeds', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(1);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1);
  await page.goto(`/chuyen-muc/${CATEGORY}`);
  const hrefs = await page
    .locator('link[rel="alternate"][type="application/rss+xml"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.some((href) => href?.endsWith(`/chuyen-muc/${CATEGORY}/rss.xml`))).toBe(true);
});
