import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { snap } from './support/page-checks';
import { EDITOR, login, newPersonPage } from './support/staff';

const ADMIN = 'quantri@example.gov.vn';

test('the audit log filters by action and actor, and exports what it shows as CSV', async ({
  browser,
  baseURL,
}) => {
  const page = await newPersonPage(browser, baseURL);
  await login(page, ADMIN);
  await page.goto('/quan-tri/nhat-ky');
  await expect(page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' })).toBeVisible();
  await page.getByLabel('Thao tác').selectOption({ label: 'Đăng nhập' });
  const actor = page.getByLabel('Người thực hiện');
  const adminValue = await actor.locator('option', { hasText: ADMIN }).getAttribute('value');
  await actor.selectOption(adminValue ?? 'missing');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/thao-tac=session\.login/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('Đăng nhập');
  await expect(rows.nth(1)).toContainText(ADMIN);
  await expect(page.getByRole('table')).not.toContainText('login');
  await snap(page, 'audit-log-filtered');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Tải CSV/ }).click();
  const file = await (await download).path();
  const bytes = await readFile(file);
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe(
    'Thời gian,Người thực hiện,Email,Loại đối tượng,Đối tượng,Thao tác,Trạng thái,Ghi chú,IP',
  );
  expect(lines[1]).toContain(`Tài khoản,${ADMIN},Đăng nhập`);
  expect(
    lines
      .slice(1)
      .filter(Boolean)
      .every((l) => l.includes('Đăng nhập')),
  ).toBe(true);
  await page.context().close();

  // Anyone else is refused the export, not just the page.
  const editor = await newPersonPage(browser, baseURL);
  await login(editor, EDITOR);
  const refused = await editor.request.get('/quan-tri/nhat-ky/csv');
  expect(refused.status()).toBe(403);
  // Leave no session behind for specs that count this account's sessions.
  await editor.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(editor).toHaveURL(/\/dang-nhap/);
  await editor.context().close();
});
