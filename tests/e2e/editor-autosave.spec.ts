import { expect, type Page, test } from '@playwright/test';
import { expectHydrated, snap } from './support/page-checks';
import { editorTest, fillArticle } from './support/editor';
import { EDITOR, login, newPersonPage, unique } from './support/staff';

// Two pages on the same draft: each autosaves against the version it
// loaded; the second to save sees both versions and chooses, nothing lost.

test.describe.configure({ timeout: 90_000 });

/** The user leaves the tab: the page becomes hidden, which saves at once. */
async function leaveTab(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

editorTest(
  'autosave after a conflict shows both versions side by side and saves the one chosen',
  async ({ newArticle: first, browser, baseURL }) => {
    const title = unique('Tin kiểm thử tự động lưu');
    await fillArticle(first, { title, lead: 'Sa-pô.', body: 'Bản gốc.' });
    await first.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(first).toHaveURL(/\?da=tao-moi$/);
    const articlePath = new URL(first.url()).pathname;

    // The second page autosaves on the 30-second timer.
    const second = await first.context().newPage();
    await second.clock.install();
    await second.goto(articlePath);
    await expectHydrated(second);
    await second.getByLabel('Nội dung', { exact: true }).fill('Bản của thẻ thứ hai.');
    await second.clock.runFor(31_000);
    await expect(second.getByText(/^Đã tự động lưu lúc/)).toBeVisible();

    // The first page, loaded before that save, autosaves when its tab is left.
    await first.getByLabel('Nội dung', { exact: true }).fill('Bản của thẻ thứ nhất.');
    await leaveTab(first);
    const conflict = first.getByRole('alert').filter({ hasText: 'Bài vừa được người khác lưu' });
    await expect(conflict.getByRole('region', { name: 'Bản của bạn (chưa lưu)' })).toContainText(
      'Bản của thẻ thứ nhất.',
    );
    await expect(
      conflict.getByRole('region', { name: /^Bản đã lưu \(phiên bản \d+\)$/ }),
    ).toContainText('Bản của thẻ thứ hai.');
    await snap(first, 'editor-05-autosave-conflict');
    // Nothing was written over the other version while the user decides.
    const check = await newPersonPage(browser, baseURL);
    await login(check, EDITOR);
    await check.goto(articlePath);
    await expect(check.getByLabel('Nội dung', { exact: true })).toHaveValue('Bản của thẻ thứ hai.');

    await conflict.getByRole('button', { name: 'Giữ bản của tôi' }).click();
    await expect(first.getByText(/^Đã tự động lưu lúc/)).toBeVisible();
    await check.reload();
    await expect(check.getByLabel('Nội dung', { exact: true })).toHaveValue(
      'Bản của thẻ thứ nhất.',
    );
    // The form now carries the new version: a manual save goes through.
    await first.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(first).toHaveURL(/\?da=luu-nhap$/);
    await check.context().close();
  },
);
