import { expect, test } from '@playwright/test';
import { snap, watchConsole } from './support/page-checks';

const ARTICLE_TITLE = 'Bộ Kế hoạch và Đầu tư: Đẩy mạnh truyền thông chính sách trên nền tảng số';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search box finds "Đầu tư" typed without diacritics, highlighted', async ({
    page,
  }) => {
    await page.goto('/');
    const box = page.getByRole('search').getByLabel('Tìm kiếm');
    await box.fill('dau tu nen tang so');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\?q=dau\+tu\+nen\+tang\+so$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm');
    await expect(page.getByRole('heading', { level: 2 })).toContainText(
      'kết quả cho “dau tu nen tang so”',
    );
    const first = page
      .getByRole('region', { name: /kết quả cho/ })
      .getByRole('listitem')
      .first();
    await expect(first.getByRole('link')).toHaveText(ARTICLE_TITLE);
    await expect(first.locator('mark').first()).toHaveText('Đầu');
    await snap(page, 'search-results');
  });
});

test('every public page has the search box', async ({ page }) => {
  for (const path of [
    '/',
    '/chuyen-muc/truyen-thong-chinh-sach',
    '/ke-hoach-truyen-thong/2023',
    '/khong-co',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('search').getByLabel('Tìm kiếm')).toBeVisible();
  }
});

test('hostile queries answer 200 with the query escaped, never run as markup', async ({
  page,
  request,
}) => {
  const problems = watchConsole(page);
  const inputs = [
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '%_\\',
    'đầu\u0000tư',
    '😀 中文',
    'x'.repeat(1000),
    '',
  ];
  for (const q of inputs) {
    const response = await request.get(
      `/tim-kiem?q=${encodeURIComponent(q)}&trang=abc&tu=2024-13-45`,
    );
    expect(response.status(), q).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('<script>alert(1)</script>');
  }
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(`/tim-kiem?q=${encodeURIComponent('<script>alert(1)</script>')}`);
  await expect(page.getByRole('heading', { level: 2 })).toContainText(
    '“<script>alert(1)</script>”',
  );
  await page.goto(`/tim-kiem?q=${encodeURIComponent('%')}`);
  await expect(page.getByRole('status')).toContainText('cần có ít nhất một chữ cái hoặc chữ số');
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/tim-kiem?q=truyen+thong&sap-xep=moi-nhat');
  await snap(page, 'search-375');
  expect(dialogs).toBe(0);
  expect(problems).toEqual([]);
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-US' });

  test('dates are typed dd/mm/yyyy, and an impossible one is named in Vietnamese', async ({
    page,
  }) => {
    await page.goto('/tim-kiem?q=truyen+thong&tu=31%2F02%2F2024&den=30%2F12%2F2030');
    const from = page.getByLabel('Từ ngày');
    await expect(from).toHaveAttribute('type', 'text');
    await expect(from).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    await expect(from).toHaveValue('31/02/2024');
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('status')).toContainText(
      'Từ ngày không hợp lệ, đã bỏ qua. Nhập theo dạng dd/mm/yyyy',
    );
    await expect(page.locator('#ngay-tu-loi')).toBeVisible();
    await expect(page.getByLabel('Đến ngày')).not.toHaveAttribute('aria-invalid', 'true');
  });
});
