import { expect, type Page, test } from '@playwright/test';
import { insertPending, SEEDED_SLUG } from './support/feedback';
import { pollUntil, served } from './support/poll';
import { EDITOR, login, newPersonPage, unique } from './support/staff';

// Moderation as an editor does it, in Chromium against the production
// build: nothing a reader sent is public before a moderator publishes it,
// and then it is, on the article, within a second or two.

const ARTICLE = `/tin-tuc/${SEEDED_SLUG}`;
const row = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

test('an editor publishes a waiting item; a reader sees it on the article within 2 s', async ({
  browser,
  baseURL,
  request,
}) => {
  const name = unique('Trần Thị Đăng');
  const body = unique('Đề nghị Bộ công bố lộ trình chuyển đổi số cho doanh nghiệp nhỏ');
  await insertPending({ name, body });
  expect((await served(request, ARTICLE)).html).not.toContain(body);

  const editor = await newPersonPage(browser, baseURL);
  await login(editor, EDITOR);
  await editor.goto('/quan-tri/y-kien');
  await expect(row(editor, name)).toContainText(body);
  await editor.getByRole('checkbox', { name: `Chọn ý kiến của ${name}` }).check();
  await editor.getByRole('button', { name: 'Đăng', exact: true }).click();
  await expect(editor.getByRole('status').first()).toContainText('đã xử lý 1 ý kiến');
  const published = Date.now();
  const seenAfter = await pollUntil(
    async () => (await served(request, ARTICLE)).html.includes(body),
    published,
    5_000,
  );
  console.log(`[moderation] published item seen by a reader after ${seenAfter} ms`);
  expect(seenAfter).not.toBeNull();
  expect(seenAfter ?? Infinity).toBeLessThanOrEqual(2_000);
  await expect(row(editor, name)).toHaveCount(0);
  await editor.goto('/quan-tri/y-kien?tab=da-dang');
  await expect(row(editor, name)).toBeVisible();
  await editor.context().close();
});

test('a refusal needs one of the four reasons, keeps it, and is never public', async ({
  browser,
  baseURL,
  request,
}) => {
  const name = unique('Người gửi bị từ chối');
  const body = unique('Lời lẽ không phù hợp');
  await insertPending({ name, body });
  const editor = await newPersonPage(browser, baseURL);
  await login(editor, EDITOR);
  await editor.goto('/quan-tri/y-kien');
  await editor.getByRole('checkbox', { name: `Chọn ý kiến của ${name}` }).check();
  await editor.getByRole('button', { name: 'Từ chối', exact: true }).click();
  await expect(editor.getByText('Hãy chọn lý do từ chối.')).toBeVisible();
  await expect(row(editor, name)).toBeVisible();

  await editor.getByRole('checkbox', { name: `Chọn ý kiến của ${name}` }).check();
  await editor.getByLabel('Lý do từ chối').selectOption({ label: 'Xúc phạm' });
  await editor.getByRole('button', { name: 'Từ chối', exact: true }).click();
  await expect(editor.getByRole('status').first()).toContainText('đã xử lý 1 ý kiến');
  await editor.goto('/quan-tri/y-kien?tab=tu-choi');
  await expect(row(editor, name)).toContainText('lý do: Xúc phạm');
  expect((await served(request, ARTICLE)).html).not.toContain(body);
  await editor.context().close();
});

test('bulk: three items ticked, one "Đăng", all three public', async ({
  browser,
  baseURL,
  request,
}) => {
  const tag = unique('Hàng loạt');
  const names = [1, 2, 3].map((n) => `${tag} người ${n}`);
  for (const [i, name] of names.entries()) {
    await insertPending({ name, body: `${tag}: ý kiến thứ ${i + 1}` });
  }
  const editor = await newPersonPage(browser, baseURL);
  await login(editor, EDITOR);
  await editor.goto(`/quan-tri/y-kien?q=${encodeURIComponent(tag)}`);
  await expect(editor.getByRole('checkbox', { name: /^Chọn ý kiến của / })).toHaveCount(3);
  for (const name of names) {
    await editor.getByRole('checkbox', { name: `Chọn ý kiến của ${name}` }).check();
  }
  await editor.getByRole('button', { name: 'Đăng', exact: true }).click();
  await expect(editor.getByRole('status').first()).toContainText('đã xử lý 3 ý kiến');
  await expect
    .poll(async () => {
      const { html } = await served(request, ARTICLE);
      return [1, 2, 3].every((n) => html.includes(`${tag}: ý kiến thứ ${n}`));
    })
    .toBe(true);
  await editor.context().close();
});

test('markup and links a reader typed are shown as text to the moderator, nothing runs', async ({
  browser,
  baseURL,
}) => {
  const name = unique('<b onmouseover="window.__xss=1">Tên</b>');
  const body = `<img src=x onerror="window.__xss=2"><script>window.__xss=3</script> xem https://evil.example/mua-ngay ${unique('x')}`;
  await insertPending({ name, body });
  const editor = await newPersonPage(browser, baseURL);
  await login(editor, EDITOR);
  await editor.goto('/quan-tri/y-kien');
  const item = row(editor, name);
  await expect(item).toContainText('<script>window.__xss=3</script>');
  await expect(item).toContainText('<img src=x onerror="window.__xss=2">');
  await expect(item.locator('img, script, b')).toHaveCount(0);
  await expect(editor.locator('a[href*="evil.example"]')).toHaveCount(0);
  await item.getByRole('link', { name: /Xem chi tiết/ }).click();
  await expect(editor.getByRole('region', { name: /Góp ý của/ })).toContainText(
    '<script>window.__xss=3</script>',
  );
  await expect(editor.locator('a[href*="evil.example"]')).toHaveCount(0);
  expect(await editor.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await editor.context().close();
});
