import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { query } from './support/db';
import { CATEGORY, editorTest, fillArticle } from './support/editor';
import { expectHydrated, snap, watchConsole } from './support/page-checks';
import { EDITOR, login, OTHER_EDITOR, PASSWORD, unique } from './support/staff';

// The new-article form has no draft on the server to autosave into: what is
// typed is kept in the browser, offered back on return, and forgotten once
// the article is created. Nothing reaches the server before "Lưu nháp".

test.describe.configure({ timeout: 90_000 });

const SEEDED = 'Bộ Kế hoạch và Đầu tư: Đẩy mạnh truyền thông chính sách trên nền tảng số';
const offer = (page: Page) => page.getByRole('region', { name: 'Có nội dung chưa lưu' });

/** The copies this browser keeps, by key. */
async function keptCopies(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('portal:ban-luu-tam:'))
      .map((k) => localStorage.getItem(k) ?? ''),
  );
}

async function articlesTitled(title: string): Promise<number> {
  const rows = await query('SELECT 1 FROM "ArticleRevision" WHERE title = $1', [title]);
  return rows.length;
}

editorTest(
  'typed, left and come back to: the text is offered back, restored, and forgotten once saved',
  async ({ newArticle: page }) => {
    const problems = watchConsole(page);
    const title = unique('Tin kiểm thử khôi phục');
    const body = 'Đoạn một: đầu tư công.\n\n## Kiểm tra dấu\n\nĐoạn hai.';
    await fillArticle(page, { title, lead: 'Sa-pô chưa lưu.', body });
    await page.getByLabel('Nguồn').fill('PLVN');
    const combo = page.getByRole('combobox', { name: 'Đọc thêm' });
    await combo.focus();
    await page.keyboard.type('bo ke hoach');
    await expect(page.getByRole('option', { name: SEEDED })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: 'Đã chọn: Đọc thêm' })).toContainText(SEEDED);

    // Off to another staff page, inside the app (no page unload), then back by address.
    await page
      .getByRole('navigation', { name: 'Quản trị' })
      .getByRole('link', { name: 'Bảng điều khiển' })
      .click();
    await expect(page).toHaveURL(/\/quan-tri$/);
    expect(await articlesTitled(title)).toBe(0);
    await page.goto('/quan-tri/bai-viet/moi');
    await expect(offer(page)).toContainText(title);
    await expect(page.getByLabel('Tiêu đề')).toHaveValue('');
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await snap(page, 'backup-01-offer');

    await offer(page).getByRole('button', { name: 'Khôi phục nội dung chưa lưu' }).click();
    await expect(offer(page)).toHaveCount(0);
    await expect(page.getByRole('status').first()).toContainText('Đã khôi phục nội dung chưa lưu');
    await expect(page.getByLabel('Tiêu đề')).toHaveValue(title);
    await expect(page.getByLabel('Tiêu đề')).toBeFocused();
    await expect(page.getByLabel('Sa-pô')).toHaveValue('Sa-pô chưa lưu.');
    await expect(page.getByLabel('Nội dung', { exact: true })).toHaveValue(body);
    await expect(page.getByLabel('Nguồn')).toHaveValue('PLVN');
    await expect(page.getByLabel('Chuyên mục').locator('option:checked')).toHaveText(CATEGORY);
    await expect(page.getByRole('list', { name: 'Đã chọn: Đọc thêm' })).toContainText(SEEDED);
    expect(await articlesTitled(title)).toBe(0);

    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page).toHaveURL(/\?da=tao-moi$/);
    await expect(page.getByLabel('Nội dung', { exact: true })).toHaveValue(body);
    expect(await keptCopies(page)).toEqual([]);
    await page.goto('/quan-tri/bai-viet/moi');
    await expect(page.getByLabel('Tiêu đề')).toBeVisible();
    await expect(offer(page)).toHaveCount(0);
    expect(problems).toEqual([]);
  },
);

test('kept every 30 seconds by itself, for its own author only; "Bỏ" lets it go', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, locale: 'vi-VN' });
  const page = await context.newPage();
  await login(page, EDITOR);
  await page.clock.install();
  await page.goto('/quan-tri/bai-viet/moi');
  const title = unique('Tin kiểm thử chép tạm');
  await page.getByLabel('Tiêu đề').fill(title);
  expect(await keptCopies(page)).toEqual([]);
  await page.clock.runFor(31_000);
  await expect.poll(() => keptCopies(page)).toEqual([expect.stringContaining(title)]);

  // The session ends without "Đăng xuất" (it expired, the cookie went), and
  // someone else signs in on the same browser: not their text, not offered.
  await context.clearCookies();
  const other = await context.newPage();
  await other.goto('/dang-nhap');
  await other.getByLabel('Email').fill(OTHER_EDITOR);
  await other.getByLabel('Mật khẩu').fill(PASSWORD);
  await other.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(other).toHaveURL(/\/quan-tri$/);
  await other.goto('/quan-tri/bai-viet/moi');
  await expect(other.getByLabel('Tiêu đề')).toBeVisible();
  await expect(offer(other)).toHaveCount(0);

  await page.close();
  await other.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await expect(other).toHaveURL(/\/dang-nhap/);
  await login(other, EDITOR);
  await other.goto('/quan-tri/bai-viet/moi');
  await other.setViewportSize({ width: 375, height: 812 });
  await expect(offer(other)).toContainText(title);
  await snap(other, 'backup-02-offer-375');
  await offer(other).getByRole('button', { name: 'Bỏ nội dung chưa lưu' }).click();
  await expect(other.getByRole('status').first()).toContainText('Đã bỏ nội dung chưa lưu.');
  await expect(other.getByLabel('Tiêu đề')).toHaveValue('');
  expect(await keptCopies(other)).toEqual([]);
  await other.reload();
  await expect(other.getByLabel('Tiêu đề')).toBeVisible();
  await expect(offer(other)).toHaveCount(0);
  await context.close();
});

editorTest(
  '"Đăng xuất" forgets what the person left in the browser, the form being left included',
  async ({ newArticle: page }) => {
    await page.getByLabel('Tiêu đề').fill(unique('Tin kiểm thử đăng xuất'));
    await page
      .getByRole('navigation', { name: 'Quản trị' })
      .getByRole('link', { name: 'Bảng điều khiển' })
      .click();
    await expect(page).toHaveURL(/\/quan-tri$/);
    expect(await keptCopies(page)).toHaveLength(1);
    // Back on the form, typing again, and signing out from there: leaving the
    // form would keep its text, but not once the person has signed out.
    await page.goto('/quan-tri/bai-viet/moi');
    await expect(offer(page)).toBeVisible();
    await page.getByLabel('Tiêu đề').fill('Chưa lưu khi đăng xuất');
    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await expect(page).toHaveURL(/\/dang-nhap/);
    expect(await keptCopies(page)).toEqual([]);

    // Signed in again: nothing offered, and copies are kept again.
    await login(page, EDITOR);
    await page.goto('/quan-tri/bai-viet/moi');
    await expectHydrated(page);
    await expect(offer(page)).toHaveCount(0);
    await page.getByLabel('Tiêu đề').fill('Viết lại sau khi đăng nhập');
    await page
      .getByRole('navigation', { name: 'Quản trị' })
      .getByRole('link', { name: 'Bảng điều khiển' })
      .click();
    await expect(page).toHaveURL(/\/quan-tri$/);
    expect(await keptCopies(page)).toEqual([expect.stringContaining('Viết lại sau khi đăng nhập')]);
  },
);

test('without JavaScript the new-article form still creates the draft', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, locale: 'vi-VN', javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page, EDITOR);
  await page.goto('/quan-tri/bai-viet/moi');
  const title = unique('Tin kiểm thử không script');
  await fillArticle(page, { title, lead: 'Sa-pô.', body: 'Nội dung.' });
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/[^/?]+\?da=tao-moi$/);
  expect(await articlesTitled(title)).toBe(1);
  await context.close();
});
