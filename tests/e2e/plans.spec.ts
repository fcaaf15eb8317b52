import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { query } from './support/db';
import { snap, watchConsole } from './support/page-checks';
import { APPROVER, EDITOR, login, newPersonPage } from './support/staff';

// A year's plan written by staff: an editor drafts the 2024 plan (one key
// solution, one activity due 31/03/2024), nothing of it is public while it
// waits; an approver who did not write it approves; a citizen reads it with
// the activity's status (its day is over and nothing carried it out: late).
// The editor and the public page pass axe at a desktop and a phone width.

const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 375, height: 812 },
];

async function axeClean(page: Page, label: string) {
  for (const viewport of WIDTHS) {
    await page.setViewportSize(viewport);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const found = results.violations.map((v) => ({
      rule: v.id,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
    expect(found, `${label} at ${viewport.width} px`).toEqual([]);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${label} at ${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
    await snap(page, `plan-${label}-${viewport.width}`);
  }
  await page.setViewportSize(WIDTHS[0] as { width: number; height: number });
}

test('an editor drafts the 2024 plan, another person approves it, a citizen sees the activity late', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // A run before this one may have left its plan: the year is the address.
  await query('DELETE FROM "CommunicationPlan" WHERE year = 2024');
  const problems = watchConsole(page);

  await login(page, EDITOR);
  await page.goto('/quan-tri/ke-hoach/moi');
  await page.getByLabel('Năm của kế hoạch').fill('2024');
  await page.getByLabel('Tên kế hoạch').fill('Kế hoạch truyền thông năm 2024 của Bộ');
  await page.getByRole('button', { name: 'Thêm mục đích' }).click();
  await page.getByLabel('Mục đích 1', { exact: true }).fill('Người dân là trọng tâm');
  await page.getByLabel('Giải pháp 1', { exact: true }).fill('Họp báo định kỳ về chính sách');
  await page.getByRole('button', { name: 'Thêm hoạt động cho giải pháp 1' }).click();
  await page
    .getByLabel('Hoạt động 1 của giải pháp 1', { exact: true })
    .fill('Họp báo quý I năm 2024');
  await page.getByLabel('Thời hạn hoạt động 1 của giải pháp 1').fill('31/03/2024');
  await page.getByLabel('Đơn vị thực hiện hoạt động 1 của giải pháp 1').fill('Vụ Truyền thông');
  await axeClean(page, 'staff-editor');
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/ke-hoach\/[^/?]+\?da=submitted$/);
  await expect(page.getByText('Đã gửi duyệt.', { exact: true })).toBeVisible();
  const staffPath = new URL(page.url()).pathname;
  // The editor who wrote it is offered no approval.
  await expect(page.getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);

  const citizen = await newPersonPage(browser, baseURL);
  const waiting = await citizen.goto('/ke-hoach-truyen-thong/2024');
  expect(waiting?.status()).toBe(404);
  const sitemap = await (await citizen.request.get('/sitemap.xml')).text();
  expect(sitemap).not.toContain('/ke-hoach-truyen-thong/2024');

  const approver = await newPersonPage(browser, baseURL);
  await login(approver, APPROVER);
  await approver.goto(staffPath);
  await expect(
    approver.getByRole('heading', { name: 'So sánh với bản đang công bố' }),
  ).toBeVisible();
  await expect(approver.getByText('Họp báo quý I năm 2024').first()).toBeVisible();
  await approver.getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(approver.getByText('Đã phê duyệt: kế hoạch đã công bố trên cổng.')).toBeVisible();
  await expect(approver.getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);

  const shown = await citizen.goto('/ke-hoach-truyen-thong/2024');
  expect(shown?.status()).toBe(200);
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(
    'Kế hoạch truyền thông năm 2024 của Bộ',
  );
  const solution = citizen
    .getByRole('listitem')
    .filter({ hasText: 'Họp báo định kỳ về chính sách' });
  const activity = solution.getByRole('listitem').filter({ hasText: 'Họp báo quý I năm 2024' });
  await expect(activity).toContainText('Chậm so với kế hoạch');
  await expect(activity).toContainText('Thời hạn: 31/03/2024 · Đơn vị thực hiện: Vụ Truyền thông');
  await expect(citizen.getByRole('region', { name: 'Tiến độ thực hiện' })).toContainText(
    '1 chậm so với kế hoạch',
  );
  await axeClean(citizen, 'public-2024');
  await citizen.goto('/ke-hoach-truyen-thong/2023');
  await axeClean(citizen, 'public-2023');
  expect(problems).toEqual([]);
});
