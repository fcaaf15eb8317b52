import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { articleId, query } from './support/db';
import { expectHydrated, snap } from './support/page-checks';
import { EDITOR, login } from './support/staff';

// An admin answers a reader's request about their personal data: export
// everything stored about their feedback, then erase it. Both audited.

const ADMIN = 'quantri@example.gov.vn';
const SLUG = 'tin-kiem-thu-phan-trang-so-9';
const PERSON = 'yeu.cau@example.vn';

async function addFeedback(id: string, body: string) {
  await query(
    `INSERT INTO "Feedback" (id, "articleId", kind, state, name, body, email, "consentAt",
       "consentVersion", "updatedAt")
     VALUES ($1, $2, 'QUESTION', 'PENDING', 'Người yêu cầu', $3, $4, now(), 'e2e', now())`,
    [id, await articleId(SLUG), body, PERSON],
  );
}

test('an admin exports then erases one person’s feedback data', async ({ page }) => {
  test.setTimeout(120_000);
  await addFeedback('e2e-pd-1', 'Nội dung thứ nhất của người yêu cầu');
  await addFeedback('e2e-pd-2', 'Nội dung thứ hai của người yêu cầu');
  await login(page, ADMIN);
  await page.getByRole('link', { name: 'Dữ liệu cá nhân' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dữ liệu cá nhân của bạn đọc');
  await expectHydrated(page);

  const exportPanel = page.getByRole('region', { name: 'Xuất dữ liệu' });
  await exportPanel.getByLabel('Email của người yêu cầu').fill(PERSON);
  const download = page.waitForEvent('download');
  await exportPanel.getByRole('button', { name: 'Xuất dữ liệu (JSON)' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as { feedback: { body: string }[] };
  expect(exported.feedback.map((f) => f.body).sort()).toEqual([
    'Nội dung thứ hai của người yêu cầu',
    'Nội dung thứ nhất của người yêu cầu',
  ]);

  const erase = page.getByRole('region', { name: 'Xoá dữ liệu' });
  await erase.getByLabel('Email của người yêu cầu').fill(PERSON);
  await erase.getByRole('button', { name: 'Xoá dữ liệu' }).click();
  await expect(erase.getByText(/Đánh dấu xác nhận trước khi xoá/)).toBeVisible();
  await erase.getByRole('checkbox', { name: /Tôi xác nhận xoá/ }).check();
  await erase.getByRole('button', { name: 'Xoá dữ liệu' }).click();
  await expect(
    erase.getByText('Đã xoá dữ liệu cá nhân của 2 ý kiến gửi từ email này.'),
  ).toBeVisible();
  const rows = await query<{ state: string; email: string | null; body: string }>(
    `SELECT state, email, body FROM "Feedback" WHERE id IN ('e2e-pd-1', 'e2e-pd-2')`,
  );
  expect(rows).toEqual([
    { state: 'WITHDRAWN', email: null, body: '' },
    { state: 'WITHDRAWN', email: null, body: '' },
  ]);
  const audit = await query<{ action: string }>(
    `SELECT action FROM "AuditEvent" WHERE "entityType" = 'personal_data' ORDER BY at`,
  );
  expect(audit.map((a) => a.action)).toEqual(['export', 'erase']);
});

test('the screen passes axe at 1366 and 375 px; an editor has no access', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await login(page, ADMIN);
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 375, height: 812 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto('/quan-tri/du-lieu-ca-nhan');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await snap(page, `staff-admin-personal-data-${viewport.width}`);
  }
  const editor = await browser.newPage();
  await login(editor, EDITOR);
  await editor.goto('/quan-tri/du-lieu-ca-nhan');
  await expect(editor.getByRole('button', { name: 'Xoá dữ liệu' })).toHaveCount(0);
  const refused = await editor.request.post('/quan-tri/du-lieu-ca-nhan/xuat', {
    form: { email: PERSON },
  });
  expect(refused.status()).toBe(403);
});
