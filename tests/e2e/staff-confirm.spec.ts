import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { snap, watchConsole } from './support/page-checks';
import {
  APPROVER,
  confirmAction,
  EDITOR,
  login,
  OTHER_APPROVER,
  unique,
  uniqueArticle,
  vietnamTyped,
} from './support/staff';

// What cannot be undone is read back before it is sent; work waiting shows
// in the navigation; approver and editor talk in a thread on the revision.
// Every screen here: no axe violation (WCAG 2.1 A/AA), usable at 375 px.

const CATEGORY = 'Truyền thông Chính sách';

async function person(browser: Browser, baseURL: string | undefined, js = true): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    javaScriptEnabled: js,
  });
  return context.newPage();
}

/** A staff member logged in, in a browser context of their own. */
async function signedIn(browser: Browser, baseURL: string | undefined, email: string, js = true) {
  const page = await person(browser, baseURL, js);
  await login(page, email);
  return page;
}

async function noAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = results.violations.map((v) => ({
    rule: v.id,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(found, page.url()).toEqual([]);
}

async function fitsPhone(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} at 375 px`).toBeLessThanOrEqual(0);
  await noAxeViolations(page);
  await snap(page, `${name}-375`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The editor writes and submits an article; returns its staff path. */
async function submitted(page: Page, title: string): Promise<string> {
  await page.goto('/quan-tri/bai-viet/moi');
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Sa-pô').fill('Sa-pô của bài kiểm thử xác nhận.');
  await page.getByLabel('Nội dung', { exact: true }).fill('Nội dung của bài kiểm thử xác nhận.');
  await page.getByLabel('Chuyên mục').selectOption({ label: CATEGORY });
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/[^/?]+\?da=gui-duyet$/);
  return new URL(page.url()).pathname;
}

const waitingLink = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Quản trị' })
    .getByRole('link', { name: /^Chờ duyệt \(\d+\)$/ });

async function waitingCount(page: Page): Promise<number> {
  const text = (await waitingLink(page).textContent()) ?? '';
  return Number(/\((\d+)\)/.exec(text)?.[1] ?? Number.NaN);
}

test('Phê duyệt reads back title, public address and time; Từ chối reads back the reason; the nav counts work waiting', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const approver = await signedIn(browser, baseURL, APPROVER);
  const problems = watchConsole(approver);
  const before = await waitingCount(approver);

  const editor = await signedIn(browser, baseURL, EDITOR);
  const { title, path: publicPath } = uniqueArticle(
    'Tin kiểm thử bước xác nhận',
    'tin-kiem-thu-buoc-xac-nhan',
  );
  const path = await submitted(editor, title);

  // The count is current after a move inside the staff area too (no page load).
  await approver.evaluate(() => Object.assign(window, { samePage: true }));
  await approver
    .getByRole('navigation', { name: 'Quản trị' })
    .getByRole('link', { name: 'Tất cả bài viết' })
    .click();
  await expect(approver.getByRole('heading', { level: 1, name: 'Tất cả bài viết' })).toBeVisible();
  expect(await approver.evaluate(() => 'samePage' in window)).toBe(true);
  await expect(waitingLink(approver)).toHaveText(`Chờ duyệt (${before + 1})`);
  await approver.goto('/quan-tri');
  expect(await waitingCount(approver)).toBe(before + 1);
  await waitingLink(approver).click();
  await expect(approver.getByRole('heading', { name: 'Chờ tôi phê duyệt' })).toBeVisible();
  await noAxeViolations(approver);
  await snap(approver, 'confirm-01-nav-count');

  // Từ chối without a reason: refused on the first step, nothing sent.
  await approver.goto(path);
  await approver.getByRole('button', { name: 'Xem lại và từ chối' }).click();
  await expect(approver.getByText('Hãy nêu lý do.').first()).toBeVisible();
  await expect(approver.getByLabel('Lý do')).toHaveAttribute('aria-invalid', 'true');
  await expect(approver.getByRole('main')).toContainText(/Trạng thái:\s*Chờ duyệt/);
  await expect(approver.getByRole('region', { name: 'Xác nhận từ chối' })).toHaveCount(0);

  const reason = 'Cần thêm số liệu <b>cụ thể</b> cho đoạn hai.';
  await approver.getByLabel('Lý do').fill(reason);
  await approver.getByRole('button', { name: 'Xem lại và từ chối' }).click();
  const confirmReject = approver.getByRole('region', { name: 'Xác nhận từ chối' });
  await expect(confirmReject).toContainText(title);
  await expect(confirmReject).toContainText(reason);
  await noAxeViolations(approver);
  await snap(approver, 'confirm-02-reject-read-back');
  // Going back keeps what was typed; nothing has happened yet.
  await confirmReject.getByRole('link', { name: 'Quay lại sửa' }).click();
  await expect(approver.getByLabel('Lý do')).toHaveValue(reason);
  await approver.getByRole('button', { name: 'Xem lại và từ chối' }).click();
  await confirmAction(approver, 'Từ chối');
  await expect(approver).toHaveURL(/\?da=tu-choi$/);
  await expect(approver.getByRole('status').filter({ hasText: 'Đã từ chối.' })).toBeVisible();
  expect(await waitingCount(approver)).toBe(before);

  await editor.goto('/quan-tri');
  const returned = editor
    .getByRole('navigation', { name: 'Quản trị' })
    .getByRole('link', { name: /^Bị trả lại \(\d+\)$/ });
  await expect(returned).toHaveText(/\(([1-9]\d*)\)/);
  await editor.goto(path);
  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor).toHaveURL(/\?da=gui-duyet$/);

  // Phê duyệt at once: the read-back says what goes public, where and when.
  const other = await signedIn(browser, baseURL, OTHER_APPROVER);
  await other.goto(path);
  await other.getByRole('button', { name: 'Xem lại và phê duyệt' }).click();
  const confirmApprove = other.getByRole('region', { name: 'Xác nhận phê duyệt' });
  await expect(confirmApprove).toContainText(title);
  await expect(confirmApprove).toContainText(publicPath);
  await expect(confirmApprove).toContainText('Ngay bây giờ');
  await noAxeViolations(other);
  await snap(other, 'confirm-03-approve-read-back');
  await fitsPhone(other, 'confirm-03-approve-read-back');
  // A time is read back as typed, in Vietnam time.
  await confirmApprove.getByRole('link', { name: 'Quay lại sửa' }).click();
  const at = new Date(Date.now() + 3 * 86_400_000);
  at.setUTCSeconds(0, 0);
  await other.getByLabel('Thời gian xuất bản').fill(vietnamTyped(at));
  await other.getByRole('button', { name: 'Xem lại và phê duyệt' }).click();
  await expect(confirmApprove).toContainText(`${vietnamTyped(at)} (giờ Việt Nam)`);
  await confirmApprove.getByRole('link', { name: 'Quay lại sửa' }).click();
  await other.getByLabel('Thời gian xuất bản').fill('');
  await other.getByRole('button', { name: 'Xem lại và phê duyệt' }).click();
  await confirmAction(other, 'Phê duyệt');
  await expect(other).toHaveURL(/\?da=phe-duyet$/);
  await expect(other.getByRole('status').filter({ hasText: 'Đã phê duyệt.' })).toBeVisible();
  const citizen = await person(browser, baseURL);
  expect((await citizen.goto(publicPath))?.status()).toBe(200);
  expect(problems).toEqual([]);
});

test('approver and editor discuss a revision in a thread kept in the history, text shown as typed', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const editor = await signedIn(browser, baseURL, EDITOR);
  const path = await submitted(editor, unique('Tin kiểm thử góp ý'));

  const approver = await signedIn(browser, baseURL, APPROVER);
  await approver.goto(path);
  const thread = approver.getByRole('region', { name: /^Góp ý biên tập/ });
  await thread.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(thread.getByText('Hãy nhập nội dung góp ý.').first()).toBeVisible();
  const question = 'Đoạn hai: <script>alert(1)</script> số liệu năm nào?';
  await thread.getByLabel('Góp ý của bạn').fill(question);
  await thread.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(thread.getByRole('status')).toContainText('Đã gửi góp ý.');
  await expect(thread.getByRole('listitem')).toHaveCount(1);
  await expect(thread.getByRole('listitem')).toContainText(question);
  await expect(thread.getByLabel('Góp ý của bạn')).toHaveValue('');

  await editor.goto(path);
  const mine = editor.getByRole('region', { name: /^Góp ý biên tập/ });
  await expect(mine.getByRole('listitem').first()).toContainText(question);
  await mine.getByLabel('Góp ý của bạn').fill('Số liệu năm 2023, đã ghi rõ.');
  await mine.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(mine.getByRole('listitem')).toHaveCount(2);
  await expect(editor.getByRole('region', { name: 'Lịch sử' })).toContainText('Góp ý');
  await expect(editor.getByRole('region', { name: 'Lịch sử' })).toContainText('Số liệu năm 2023');
  // A comment changes no state: its row leaves the state column empty, no "— → —".
  const commentRow = editor.getByRole('row').filter({ hasText: 'Số liệu năm 2023' });
  await expect(commentRow.getByRole('cell').nth(3)).toHaveText('');
  const submitRow = editor.getByRole('row').filter({ hasText: 'Gửi duyệt' }).first();
  await expect(submitRow).toContainText('Bản nháp → Chờ duyệt');
  await noAxeViolations(editor);
  await snap(editor, 'confirm-04-comment-thread');
  await fitsPhone(editor, 'confirm-04-comment-thread');
});

test('without JavaScript: Gỡ bài is read back and sent, and the result is announced', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const editor = await signedIn(browser, baseURL, EDITOR);
  const { title, path: publicPath } = uniqueArticle(
    'Tin kiểm thử không JavaScript',
    'tin-kiem-thu-khong-javascript',
  );
  const path = await submitted(editor, title);

  const approver = await signedIn(browser, baseURL, APPROVER, false);
  await approver.goto(path);
  await approver.getByRole('button', { name: 'Xem lại và phê duyệt' }).click();
  await confirmAction(approver, 'Phê duyệt');
  await expect(approver).toHaveURL(/\?da=phe-duyet/);
  const panel = approver.getByRole('region', { name: 'Gỡ bài' });
  await panel.getByLabel('Lý do').fill('Thông tin đã cũ.');
  await panel.getByRole('button', { name: 'Xem lại và gỡ bài' }).click();
  const read = approver.getByRole('region', { name: 'Xác nhận gỡ bài' });
  await expect(read).toContainText('Thông tin đã cũ.');
  await expect(read).toContainText(publicPath);
  await snap(approver, 'confirm-05-take-down-read-back-no-js');
  // axe runs as a script: check the same read-back (a GET, it changes nothing) with one.
  const scripted = await signedIn(browser, baseURL, APPROVER);
  await scripted.goto(approver.url());
  await expect(scripted.getByRole('region', { name: 'Xác nhận gỡ bài' })).toBeVisible();
  await noAxeViolations(scripted);
  await fitsPhone(scripted, 'confirm-05-take-down-read-back');
  await confirmAction(approver, 'Gỡ bài');
  await expect(approver).toHaveURL(/\?da=go-bai/);
  await expect(approver.getByRole('status').filter({ hasText: 'Đã gỡ bài' })).toBeVisible();
});
