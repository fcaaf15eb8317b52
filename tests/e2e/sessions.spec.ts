import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { EDITOR, login, OTHER_EDITOR } from './support/staff';

// A stolen or left-behind session cookie must stop working once its owner
// (or an admin) logs it out: the server, not the browser, ends the session.

const ADMIN = 'quantri@example.gov.vn';

async function newContext(browser: Browser, baseURL: string | undefined) {
  return browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
}

/** Someone else's browser holding a copy of `from`'s cookies. */
async function replay(browser: Browser, baseURL: string | undefined, from: BrowserContext) {
  const thief = await newContext(browser, baseURL);
  await thief.addCookies(await from.cookies());
  return thief.newPage();
}

async function expectLoginPage(page: Page) {
  await page.goto('/quan-tri');
  await expect(page).toHaveURL(/\/dang-nhap/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập', level: 1 })).toBeVisible();
}

test('a cookie copied before "Đăng xuất" gets the login page afterwards', async ({
  browser,
  baseURL,
}) => {
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await login(page, EDITOR);
  const copy = await replay(browser, baseURL, context);
  await copy.goto('/quan-tri');
  await expect(copy).toHaveURL(/\/quan-tri$/); // the copy works while the session lives
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await expectLoginPage(await replay(browser, baseURL, copy.context()));
  await expectLoginPage(copy);
});

test('"Đăng xuất khỏi mọi thiết bị" ends the session on every other browser', async ({
  browser,
  baseURL,
}) => {
  const office = await (await newContext(browser, baseURL)).newPage();
  const home = await (await newContext(browser, baseURL)).newPage();
  await login(office, OTHER_EDITOR);
  await login(home, OTHER_EDITOR);
  // One "Đăng xuất" button in view; the other is folded under "Tài khoản".
  await expect(home.getByRole('button', { name: 'Đăng xuất' })).toHaveCount(1);
  await home.getByText('Tài khoản', { exact: true }).click();
  await home.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }).click();
  await expect(home).toHaveURL(/\/dang-nhap/);
  await expectLoginPage(office);
});

test('an admin ends the sessions of a user from /quan-tri/nguoi-dung', async ({
  browser,
  baseURL,
}) => {
  const editor = await (await newContext(browser, baseURL)).newPage();
  const admin = await (await newContext(browser, baseURL)).newPage();
  await login(editor, EDITOR);
  await login(admin, ADMIN);
  await admin.goto('/quan-tri/nguoi-dung');
  const form = admin.getByRole('form', { name: `Kết thúc mọi phiên đăng nhập của ${EDITOR}` });
  await form.getByRole('button', { name: 'Kết thúc phiên đăng nhập' }).click();
  // Earlier spec files may have left this account logged in elsewhere too:
  // at least this browser's session ends, whatever else there was.
  await expect(form.getByRole('status')).toContainText(/Đã kết thúc [1-9]\d* phiên đăng nhập\./);
  await expectLoginPage(editor);
  await admin.goto('/quan-tri');
  await expect(admin).toHaveURL(/\/quan-tri$/); // the admin's own session is untouched
});
