import { expect, test } from '@playwright/test';
import { snap } from './support/page-checks';
import { EDITOR, login } from './support/staff';

const SEEDED_TITLE = 'Bộ Kế hoạch và Đầu tư: Đẩy mạnh truyền thông chính sách trên nền tảng số';

test('the article list filters through a plain GET form, without JavaScript, on a phone', async ({
  browser,
  baseURL,
}) => {
  const withScript = await browser.newContext({ baseURL, locale: 'vi-VN' });
  const signIn = await withScript.newPage();
  await login(signIn, EDITOR);
  await signIn
    .getByRole('navigation', { name: 'Quản trị' })
    .getByRole('link', { name: 'Tất cả bài viết' })
    .click();
  await expect(signIn.getByRole('heading', { level: 1, name: 'Tất cả bài viết' })).toBeVisible();

  // The same session in a browser with scripts off and a 375 px screen.
  const context = await browser.newContext({
    baseURL,
    locale: 'vi-VN',
    javaScriptEnabled: false,
    viewport: { width: 375, height: 800 },
    storageState: await withScript.storageState(),
  });
  const page = await context.newPage();
  await page.goto('/quan-tri/bai-viet');
  await page.getByLabel('Tìm theo tiêu đề').fill('ke hoach va dau tu');
  await page.getByLabel('Trạng thái').selectOption({ label: 'Đang xuất bản' });
  await page.getByLabel('Sắp xếp theo').selectOption('xuat-ban');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/q=ke\+hoach\+va\+dau\+tu/);
  await expect(page).toHaveURL(/trang-thai=PUBLISHED/);
  const row = page.getByRole('row', { name: new RegExp(SEEDED_TITLE) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Đang xuất bản');
  await expect(row).toContainText('Truyền thông Chính sách');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'nothing scrolls sideways at 375 px').toBeLessThanOrEqual(375);
  await snap(page, 'staff-list-375');

  // A state with no such article gives an empty list, said in words.
  await page.getByLabel('Trạng thái').selectOption({ label: 'Bản nháp' });
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page.getByText('Không có bài viết nào phù hợp.')).toBeVisible();

  // A malformed date is reported, not silently used.
  await page.goto('/quan-tri/bai-viet?tu=31/02/2024');
  await expect(page.getByLabel('Từ ngày')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Ngày không hợp lệ, đã bỏ qua.')).toBeVisible();
  await context.close();
  await withScript.close();
});
