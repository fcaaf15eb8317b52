import { expect } from '@playwright/test';
import { editorTest, fillArticle } from './support/editor';
import { expectHydrated, watchConsole } from './support/page-checks';

// On a slow connection the article form is shown seconds before its scripts
// run. What an editor types meanwhile must survive React taking over the
// page (it resets a textarea to its server-rendered text when it hydrates).

editorTest(
  'text typed into an article before its scripts have run is kept, and saved',
  async ({ newArticle: page, browser, baseURL }) => {
    await fillArticle(page, {
      title: `Tin kiểm thử gõ sớm ${Date.now()}`,
      lead: 'Sa-pô gốc.',
      body: 'Bản gốc.',
    });
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page).toHaveURL(/\?da=tao-moi$/);
    const articlePath = new URL(page.url()).pathname;

    // The same editor opens it in a new tab whose scripts are held back.
    const slow = await page.context().newPage();
    const problems = watchConsole(slow);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await slow.route('**/_next/static/**/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await slow.goto(articlePath, { waitUntil: 'domcontentloaded' });
    await slow.getByLabel('Sa-pô').fill('Sa-pô sửa trước khi trang sẵn sàng.');
    await slow
      .getByLabel('Nội dung', { exact: true })
      .fill('Nội dung sửa trước khi trang sẵn sàng.');
    release();
    await expectHydrated(slow);
    await expect(slow.getByLabel('Sa-pô')).toHaveValue('Sa-pô sửa trước khi trang sẵn sàng.');
    await expect(slow.getByLabel('Nội dung', { exact: true })).toHaveValue(
      'Nội dung sửa trước khi trang sẵn sàng.',
    );
    // React's state follows: the word count is the typed text's.
    await expect(slow.getByText(/^8 từ$/)).toBeVisible();
    await slow.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(slow).toHaveURL(/\?da=luu-nhap$/);

    const check = await browser.newContext({
      baseURL,
      storageState: await page.context().storageState(),
    });
    const reader = await check.newPage();
    await reader.goto(articlePath);
    await expect(reader.getByLabel('Nội dung', { exact: true })).toHaveValue(
      'Nội dung sửa trước khi trang sẵn sàng.',
    );
    await expect(reader.getByLabel('Sa-pô')).toHaveValue('Sa-pô sửa trước khi trang sẵn sàng.');
    await check.close();
    expect(problems).toEqual([]);
  },
);
