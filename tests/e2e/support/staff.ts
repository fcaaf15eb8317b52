import { type Browser, expect, type Page } from '@playwright/test';

// Staff sign-in for end-to-end tests (accounts of CONTRACT.md).

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
 * The value a datetime-local field shows for `at` in Vietnam (UTC+7, no
 * daylight saving), to the second. Whole minutes drop ":00", as browsers do.
 */
export function vietnamLocal(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 19);
  return local.endsWith(':00') ? local.slice(0, 16) : local;
}
