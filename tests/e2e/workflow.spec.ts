import { type Browser, expect, type Page, test } from '@playwright/test';
import { gradientPng } from '../../lib/seed/png';
import { expectHydrated, snap, watchConsole } from './support/page-checks';
import {
  APPROVER,
  confirmAction,
  EDITOR,
  login,
  newPersonPage,
  OTHER_APPROVER,
  unique,
  uniqueArticle,
} from './support/staff';

// The approval workflow as staff and citizens live it, by the labels and
// button names the staff screens promise.
// Each user gets a browser context of their own; tests run in order on one
// seeded database, and each makes articles with unique titles.

const CATEGORY = 'Truyền thông Chính sách';
const CATEGORY_PATH = '/chuyen-muc/truyen-thong-chinh-sach';
const SEEDED_ARTICLE =
  '/tin-tuc/bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';

// Any dialog (alert, confirm, prompt) means a script ran that should not
// have: every page records them and each test ends by asserting there were none.
let dialogs: string[] = [];
test.beforeEach(() => {
  dialogs = [];
});
test.afterEach(() => {
  expect(dialogs, 'no script may open a dialog').toEqual([]);
});

/** A fresh browser context (one user) whose dialogs are recorded and dismissed. */
async function newPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const page = await newPersonPage(browser, baseURL);
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}

/** Fills the article form; leaves the choice of button to the caller. */
async function fillArticle(page: Page, fields: { title: string; lead: string; body: string }) {
  await page.getByLabel('Tiêu đề').fill(fields.title);
  await page.getByLabel('Sa-pô').fill(fields.lead);
  await page.getByLabel('Nội dung', { exact: true }).fill(fields.body);
  await page.getByLabel('Chuyên mục').selectOption({ label: CATEGORY });
}

const COVER_ALT = 'Ảnh minh họa bài kiểm thử quy trình';

async function draftAndSubmit(page: Page, title: string, withCover = false): Promise<string> {
  await page.goto('/quan-tri/bai-viet/moi');
  await fillArticle(page, {
    title,
    lead: 'Sa-pô của bài kiểm thử quy trình phê duyệt.',
    body: '## Nội dung chính\n\nĐoạn đầu của **bài kiểm thử**.\n\n- Ý thứ nhất\n- Ý thứ hai',
  });
  if (withCover) {
    // A real PNG under a misleading name: the server goes by the bytes.
    const png = gradientPng(320, 180, [20, 60, 120], [200, 220, 240]);
    await page
      .getByLabel('Tải ảnh lên')
      .setInputFiles({ name: 'anh.jpg', mimeType: 'image/jpeg', buffer: png });
    await page.getByLabel('Mô tả ảnh').fill(COVER_ALT);
  }
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/[^/?]+\?da=gui-duyet$/);
  await expect(page.getByRole('main').getByText('Chờ duyệt').first()).toBeVisible();
  return new URL(page.url()).pathname;
}

test('anyone not logged in is sent from /quan-tri to /dang-nhap', async ({ page }) => {
  await page.goto('/quan-tri');
  await expect(page).toHaveURL(/\/dang-nhap/);
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  await page.goto('/quan-tri/bai-viet/moi');
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test('draft → submit → reject with a reason → fix → resubmit → the other approver publishes → citizens see it', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { title, path: publicPath } = uniqueArticle(
    'Tin kiểm thử quy trình phê duyệt',
    'tin-kiem-thu-quy-trinh-phe-duyet',
  );
  const reason = 'Sa-pô cần nêu rõ thời gian áp dụng.';

  const editor = await newPage(browser, baseURL);
  const problems = watchConsole(editor);
  await login(editor, EDITOR);
  const articlePath = await draftAndSubmit(editor, title, true);
  await snap(editor, 'wf-01-editor-submitted');

  const approver = await newPage(browser, baseURL);
  await login(approver, APPROVER);
  const waiting = approver.getByRole('region', { name: /Chờ tôi phê duyệt/ });
  await waiting.getByRole('link', { name: title }).click();
  await expect(approver).toHaveURL(new RegExp(`${articlePath}$`));
  await expect(approver.getByRole('button', { name: 'Phê duyệt' })).toBeVisible();
  await approver.getByLabel('Lý do').fill(reason);
  await snap(approver, 'wf-02-approver-rejecting');
  await approver.getByRole('button', { name: 'Từ chối' }).click();
  await confirmAction(approver, 'Từ chối');
  await expect(approver).toHaveURL(/\?da=tu-choi$/);
  await expect(approver.getByText('Bị từ chối').first()).toBeVisible();

  await editor.goto('/quan-tri');
  await expect(editor.getByRole('region', { name: /Bị từ chối/ }).getByText(reason)).toBeVisible();
  await editor.goto(articlePath);
  await expect(editor.getByRole('region', { name: 'Lý do từ chối' })).toContainText(reason);
  await snap(editor, 'wf-03-editor-sees-reason');
  await editor.getByLabel('Sa-pô').fill('Từ ngày 01/01/2024, sa-pô nêu rõ thời gian áp dụng.');
  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor).toHaveURL(/\?da=gui-duyet$/);
  await expect(editor.getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);

  const other = await newPage(browser, baseURL);
  await login(other, OTHER_APPROVER);
  await other
    .getByRole('region', { name: /Chờ tôi phê duyệt/ })
    .getByRole('link', { name: title })
    .click();
  const diff = other.getByRole('region', { name: 'So sánh với bản đang xuất bản' });
  await expect(diff).toContainText('thời gian áp dụng');
  await snap(other, 'wf-04-other-approver-before-approval');
  await other.getByRole('button', { name: 'Phê duyệt' }).click();
  await confirmAction(other, 'Phê duyệt');
  await expect(other).toHaveURL(/\?da=phe-duyet$/);
  await expect(other.getByText('Đang xuất bản').first()).toBeVisible();
  await expect(other.getByRole('region', { name: 'Lịch sử' })).toContainText(reason);

  const citizen = await newPage(browser, baseURL);
  const response = await citizen.goto(publicPath);
  expect(response?.status()).toBe(200);
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(citizen.getByText('thời gian áp dụng').first()).toBeVisible();
  const cover = citizen.getByRole('img', { name: COVER_ALT });
  await expect(cover).toBeVisible();
  expect(await cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  await snap(citizen, 'wf-05-citizen-reads-article');
  await citizen.goto(CATEGORY_PATH);
  await expect(citizen.getByRole('link', { name: title }).first()).toBeVisible();
  await citizen.goto(SEEDED_ARTICLE);
  const related = citizen.getByRole('region', { name: 'Tin cùng chuyên mục' });
  await expect(related.getByRole('link', { name: title }).first()).toBeVisible();
  await snap(citizen, 'wf-06-citizen-related');
  expect(problems).toEqual([]);
});

test('an approver who submitted an article is not offered "Phê duyệt" on it', async ({
  browser,
  baseURL,
}) => {
  const title = unique('Tin do người phê duyệt tự viết');
  const approver = await newPage(browser, baseURL);
  await login(approver, APPROVER);
  const articlePath = await draftAndSubmit(approver, title);
  await expect(approver.getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);
  await expect(approver.getByRole('button', { name: 'Từ chối' })).toHaveCount(0);
  await snap(approver, 'wf-07-own-submission-no-approve');
  await approver.goto('/quan-tri');
  await expect(
    approver.getByRole('region', { name: /Chờ tôi phê duyệt/ }).getByRole('link', { name: title }),
  ).toHaveCount(0);

  // The colleague does get the button, so its absence above is the rule at work.
  const other = await newPage(browser, baseURL);
  await login(other, OTHER_APPROVER);
  await other.goto(articlePath);
  await expect(other.getByRole('button', { name: 'Phê duyệt' })).toBeVisible();
});

test('a body with <script> and onerror= shows as harmless text to staff and citizens', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const { title, path: publicPath } = uniqueArticle('Tin kiểm thử mã độc', 'tin-kiem-thu-ma-doc');
  const lead = 'Sa-pô có <script>alert(2)</script> ở dạng chữ.';
  const editor = await newPage(browser, baseURL);
  await login(editor, EDITOR);
  await editor.goto('/quan-tri/bai-viet/moi');
  await fillArticle(editor, {
    title,
    lead,
    body: 'Đoạn an toàn.\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[bấm](javascript:alert(1))',
  });
  const preview = editor.getByRole('region', { name: 'Xem trước nội dung' });
  await expect(preview).toContainText('Đoạn an toàn.');
  await expect(preview.locator('script, [onerror], a[href^="javascript"]')).toHaveCount(0);
  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor).toHaveURL(/\?da=gui-duyet$/);
  await expect(editor.getByText(lead)).toBeVisible();
  await editor.getByRole('link', { name: 'Xem trước', exact: true }).click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(editor.locator('.article-body script, .article-body [onerror]')).toHaveCount(0);
  await snap(editor, 'wf-08-staff-preview-harmless');

  const approver = await newPage(browser, baseURL);
  await login(approver, APPROVER);
  await approver
    .getByRole('region', { name: /Chờ tôi phê duyệt/ })
    .getByRole('link', { name: title })
    .click();
  await approver.getByRole('button', { name: 'Phê duyệt' }).click();
  await confirmAction(approver, 'Phê duyệt');
  await expect(approver).toHaveURL(/\?da=phe-duyet$/);

  const citizen = await newPage(browser, baseURL);
  await citizen.goto(publicPath);
  await expect(citizen.getByText(lead)).toBeVisible();
  await expect(
    citizen.locator('.article-body script, [onerror], a[href^="javascript"]'),
  ).toHaveCount(0);
  // Give a broken image's error handler, had one survived, the time to fire.
  await citizen.waitForLoadState('networkidle');
  await snap(citizen, 'wf-09-citizen-harmless');
});

test('a file that is not an image is refused and everything typed is kept', async ({
  browser,
  baseURL,
}) => {
  const title = unique('Tin kiểm thử ảnh giả');
  const editor = await newPage(browser, baseURL);
  await login(editor, EDITOR);
  await editor.goto('/quan-tri/bai-viet/moi');
  await fillArticle(editor, { title, lead: 'Sa-pô giữ nguyên.', body: 'Nội dung giữ nguyên.' });
  await editor.getByLabel('Tải ảnh lên').setInputFiles({
    name: 'anh.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<script>alert(1)</script>'),
  });
  await editor.getByRole('button', { name: 'Lưu nháp' }).click();
  const file = editor.getByLabel('Tải ảnh lên');
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByText(/không phải ảnh JPEG, PNG hay WebP/)).toBeVisible();
  await expect(editor.getByLabel('Mô tả ảnh')).toHaveAttribute('aria-invalid', 'true');
  await expect(editor).toHaveURL(/\/quan-tri\/bai-viet\/moi$/);
  await expect(editor.getByLabel('Tiêu đề')).toHaveValue(title);
  await expect(editor.getByLabel('Sa-pô')).toHaveValue('Sa-pô giữ nguyên.');
  await expect(editor.getByLabel('Nội dung', { exact: true })).toHaveValue('Nội dung giữ nguyên.');
  await expect(editor.getByLabel('Chuyên mục')).toHaveValue(/.+/);
  await snap(editor, 'wf-10-refused-upload-keeps-text');
});

test('a save based on an out-of-date version is refused with a clear message, and the text is kept', async ({
  browser,
  baseURL,
}) => {
  const first = await newPage(browser, baseURL);
  await login(first, EDITOR);
  await first.goto('/quan-tri/bai-viet/moi');
  await fillArticle(first, {
    title: unique('Tin kiểm thử xung đột'),
    lead: 'Sa-pô.',
    body: 'Bản đầu.',
  });
  await first.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(first).toHaveURL(/\?da=tao-moi$/);
  const articlePath = new URL(first.url()).pathname;

  const second = await first.context().newPage();
  await second.goto(articlePath);
  await expectHydrated(second);
  await second.getByLabel('Sa-pô').fill('Sa-pô do thẻ thứ hai sửa.');
  await second.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(second).toHaveURL(/\?da=luu-nhap$/);

  const mine = 'Nội dung dài tôi vừa gõ trong thẻ cũ, không được mất.';
  await first.getByLabel('Nội dung', { exact: true }).fill(mine);
  await first.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(
    first.getByRole('status').filter({ hasText: 'vừa được người khác thay đổi' }),
  ).toBeVisible();
  await expect(first.getByLabel('Nội dung', { exact: true })).toHaveValue(mine);
  await snap(first, 'wf-12-stale-save-keeps-text');
});

test('the staff preview is private: noindex and never cached', async ({ browser, baseURL }) => {
  const editor = await newPage(browser, baseURL);
  await login(editor, EDITOR);
  const articlePath = await draftAndSubmit(editor, unique('Tin kiểm thử xem trước'));
  const response = await editor.goto(`${articlePath}/xem-truoc`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['cache-control']).toMatch(/private|no-store/);
  expect(response?.headers()['cache-control']).not.toMatch(/public|s-maxage/);
  await expect(editor.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await editor.setViewportSize({ width: 375, height: 800 });
  await editor.goto(articlePath);
  const overflow = await editor.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await snap(editor, 'wf-11-article-screen-375');
});
