import { type Browser, expect, type Page } from '@playwright/test';

// Staff sign-in for end-to-end tests (the seeded demo accounts).

export const PASSWORD = 'demo-Portal-2023';
export const EDITOR = 'bientap@example.gov.vn';
export const OTHER_EDITOR = 'bientap2@example.gov.vn';
export const APPROVER = 'pheduyet@example.gov.vn';
export const OTHER_APPROVER = 'pheduyet2@example.gov.vn';

/** A page in a browser context of its own: one person, one set of cookies. */
export async function newPersonPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return context.newPage();
}

/** Signs in through /dang-nhap and waits for the dashboard. */
export async function login(page: Page, email: string): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/quan-tri$/);
}

/** A title no other test run has used. */
export function unique(label: string): string {
  return `${label} ${Date.now().toString(36)}`;
}

/**
 * A unique title and the address the portal must publish it at, written out
 * by hand: `labelSlug` is `label` as a slug, and the suffix (base 36) is one
 * already.
 */
export function uniqueArticle(label: string, labelSlug: string): { title: string; path: string } {
  const suffix = Date.now().toString(36);
  return { title: `${label} ${suffix}`, path: `/tin-tuc/${labelSlug}-${suffix}` };
}

/**
 * What a person types in "Thời gian xuất bản" for `at`: "dd/mm/yyyy HH:mm"
 * in Vietnam time (UTC+7, no daylight saving), with ":ss" when `at` is not
 * a whole minute (the server accepts seconds, which keeps waits short).
 */
export function vietnamTyped(at: Date): string {
  const iso = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  const [y, mo, d, time] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10), iso.slice(11, 19)];
  return `${d}/${mo}/${y} ${time.endsWith(':00') ? time.slice(0, 5) : time}`;
}

/**
 * The second step of "Phê duyệt", "Từ chối" and "Gỡ bài": the first button
 * ("Xem lại và …") only reads back what will happen; this presses the
 * action's own button on that read-back.
 */
export async function confirmAction(
  page: Page,
  button: 'Phê duyệt' | 'Từ chối' | 'Gỡ bài',
): Promise<void> {
  const panel = page.getByRole('region', { name: `Xác nhận ${button.toLowerCase()}` });
  await panel.getByRole('button', { name: button, exact: true }).click();
}
