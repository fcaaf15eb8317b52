import { expect, test } from '@playwright/test';
import { query } from './support/db';
import { expectNoAxeViolation, snap } from './support/page-checks';
import { EDITOR, login, newPersonPage, unique } from './support/staff';

// A citizen comments on the sample consultation with JavaScript off, an
// editor publishes the comment from the shared moderation queue, and the
// citizen then sees it under its unit with the counts by stance; axe and
// no overflow on the page with comments at 1366 and 375 px.

const SAMPLE =
  '/du-thao/mau-du-thao-thong-tu-huong-dan-dang-tai-thong-tin-chinh-sach-tren-cong-thong-tin-dien-tu';
const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 375, height: 812 },
];

test.use({ javaScriptEnabled: false });

test('comment with JavaScript off, moderate, then see it and the counts under its unit', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const name = unique('Công ty Cổ phần Góp Ý');
  const body = `${unique('Đề nghị làm rõ thời hạn')}\n<script>alert(1)</script> & "ngoặc"`;
  await page.goto(SAMPLE);
  const form = page.getByRole('form', { name: 'Gửi góp ý' });
  const units = form.getByLabel('Góp ý cho');
  const firstUnit = await units.locator('option').nth(1).getAttribute('value');
  expect(firstUnit).toBeTruthy();
  await units.selectOption(firstUnit ?? '');
  await form.getByRole('radio', { name: 'Không đồng tình' }).check();
  await form.getByRole('radio', { name: 'Doanh nghiệp' }).check();
  await form.getByLabel('Họ và tên').fill(name);
  await form.getByLabel('Email', { exact: true }).fill('gop-y.e2e@example.vn');
  await form.getByLabel('Ý kiến', { exact: true }).fill(body);
  await form.getByRole('checkbox', { name: /Đồng ý xử lý dữ liệu cá nhân/ }).check();
  await form.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Cảm ơn bạn, Cổng đã nhận góp ý',
  );
  expect(await page.locator('blockquote').textContent()).toBe(body);
  const [row] = await query<{ state: string; stance: string }>(
    'SELECT state, stance FROM "Feedback" WHERE name = $1',
    [name],
  );
  expect(row).toEqual({ state: 'PENDING', stance: 'DISAGREE' });
  await page.goto(SAMPLE);
  await expect(page.locator('main')).not.toContainText(name);

  const editor = await newPersonPage(browser, baseURL);
  await login(editor, EDITOR);
  await editor.goto('/quan-tri/y-kien');
  await editor.getByLabel('Dự thảo', { exact: true }).selectOption({ index: 1 });
  await editor.getByRole('button', { name: 'Lọc' }).click();
  const queued = editor.getByRole('row').filter({ hasText: name });
  await expect(queued).toContainText('Không đồng tình');
  await editor.getByRole('checkbox', { name: `Chọn ý kiến của ${name}` }).check();
  await editor.getByRole('button', { name: 'Đăng', exact: true }).click();
  await expect(editor.getByRole('status').first()).toContainText('đã xử lý 1 ý kiến');
  await editor.context().close();

  await expect(async () => {
    await page.goto(SAMPLE);
    await expect(page.locator(`#${firstUnit}`)).toContainText(name, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const block = page.locator(`#${firstUnit} details`).first();
  await block.locator('summary').click();
  await expect(block).toContainText('góp ý trên dự thảo lần 1');
  await expect(block).toContainText('<script>alert(1)</script>');
  const disagree = block.getByRole('row', { name: /Không đồng tình/ });
  await expect(disagree.getByRole('cell')).toHaveText(['0', '1']);
  // axe runs as a script in the page: a second reader, with JavaScript on.
  // (A context made in this file inherits javaScriptEnabled: false unless told.)
  const reader = await (
    await browser.newContext({
      baseURL,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      javaScriptEnabled: true,
    })
  ).newPage();
  await reader.goto(SAMPLE);
  await reader.locator(`#${firstUnit} details summary`).first().click();
  for (const viewport of WIDTHS) {
    await reader.setViewportSize(viewport);
    await expectNoAxeViolation(reader);
    const scrollWidth = await reader.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
    await snap(reader, `consultation-comments-${viewport.width}`);
  }
  await reader.context().close();
});
