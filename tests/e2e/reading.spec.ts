import { expect, test } from '@playwright/test';
import { snap, watchConsole } from './support/page-checks';

const ARTICLE_PATH =
  '/tin-tuc/bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';

test('the article shows its time and date, and plain share links', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto(ARTICLE_PATH);
  await expect(page.locator('main header')).toContainText(
    /Ngày đăng: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/,
  );
  const share = page.getByRole('navigation', { name: 'Chia sẻ bài viết' });
  await expect(share.getByRole('link', { name: 'Facebook' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=http%3A%2F%2Flocalhost%3A\d+%2Ftin-tuc%2F/,
  );
  await expect(share.getByRole('link', { name: 'Email' })).toHaveAttribute(
    'href',
    /^mailto:\?subject=/,
  );
  expect(await page.locator('script[src*="facebook"], script[src*="zalo"], iframe').count()).toBe(
    0,
  );
  await snap(page, 'reading-article');
  expect(problems).toEqual([]);
});

test('the home page leads on into each category; icons are served', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Xem thêm tin Truyền thông Chính sách ›' }).click();
  await expect(page).toHaveURL('/chuyen-muc/truyen-thong-chinh-sach');
  for (const path of ['/favicon.ico', '/apple-touch-icon.png', '/og-mac-dinh.png']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(/^image\//);
  }
});
