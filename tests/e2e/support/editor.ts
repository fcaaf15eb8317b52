import { type Browser, type Page, test } from '@playwright/test';
import { expectHydrated } from './page-checks';
import { EDITOR, login, newPersonPage } from './staff';

export const CATEGORY = 'Truyền thông Chính sách';

/** A signed-in editor on the new-article form, hydrated, in a browser context of their own. */
export async function openNewArticle(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const page = await newPersonPage(browser, baseURL);
  await login(page, EDITOR);
  await page.goto('/quan-tri/bai-viet/moi');
  await expectHydrated(page);
  return page;
}

/** Fills the required fields of the article form. */
export async function fillArticle(
  page: Page,
  fields: { title: string; lead: string; body: string },
): Promise<void> {
  await page.getByLabel('Tiêu đề').fill(fields.title);
  await page.getByLabel('Sa-pô').fill(fields.lead);
  await page.getByLabel('Nội dung', { exact: true }).fill(fields.body);
  await page.getByLabel('Chuyên mục').selectOption({ label: CATEGORY });
}

/** Tests that start on the new-article form as an editor; the context is closed afterwards. */
export const editorTest = test.extend<{ newArticle: Page }>({
  newArticle: async ({ browser, baseURL }, use) => {
    const page = await openNewArticle(browser, baseURL);
    await use(page);
    await page.context().close();
  },
});
