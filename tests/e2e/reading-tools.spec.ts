import { expect, test } from '@playwright/test';
import { snap, watchConsole } from './support/page-checks';

const ARTICLE_PATH =
  '/tin-tuc/bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';

test('print and copy-link buttons work; Zalo shares the article address; printing drops the chrome', async ({
  page,
  context,
}) => {
  const problems = watchConsole(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
  await page.goto(ARTICLE_PATH);
  await page.getByRole('button', { name: 'In bài viết' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã sao chép liên kết.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(ARTICLE_PATH, page.url()).href.replace('127.0.0.1', 'localhost'));

  const zalo = await page.getByRole('link', { name: 'Zalo' }).getAttribute('href');
  const d = new URL(zalo ?? '').searchParams.get('d') ?? '';
  expect(zalo).toMatch(/^https:\/\/button-share\.zalo\.me\/share_external\?d=/);
  expect(JSON.parse(Buffer.from(d, 'base64').toString())).toEqual({ url: copied });
  expect(await page.locator('script[src^="http"], iframe').count()).toBe(0);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'In bài viết' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await snap(page, 'reading-print');
  expect(problems).toEqual([]);
});

test('without JavaScript, the buttons that need it are not shown; the plain links are', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE_PATH);
  await expect(page.getByRole('button', { name: 'In bài viết' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Zalo' })).toBeVisible();
  await context.close();
});
