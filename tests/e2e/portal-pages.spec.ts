import { expect, test } from '@playwright/test';
import { snap, watchConsole } from './support/page-checks';
import { APPROVER, confirmAction, EDITOR, login, newPersonPage, unique } from './support/staff';

test('about, contacts and English pages; the footer names the agency and marks sample values', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await page.goto('/gioi-thieu');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giới thiệu');
  await expect(page.locator('main')).toContainText('Bộ Kế hoạch và Đầu tư');
  const footer = page.locator('footer');
  await expect(footer).toContainText('Cơ quan chủ quản: Bộ Kế hoạch và Đầu tư');
  for (const label of [
    'Địa chỉ',
    'Điện thoại',
    'Email',
    'Người chịu trách nhiệm chính',
    'Giấy phép',
  ]) {
    await expect(footer).toContainText(`${label}: (mẫu)`);
  }
  await footer.getByRole('link', { name: 'Liên hệ' }).click();
  await expect(page).toHaveURL('/lien-he');
  await expect(page.getByRole('region', { name: 'Thông tin cơ quan' })).toContainText(
    'Điện thoại: (mẫu)',
  );
  await page.locator('footer').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en');
  const english = page.locator('main article');
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(english).toContainText('Ministry of Planning and Investment');
  await expect(english).toContainText('Sample');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_US');
  // The footer page has no address of its own; pages are not news.
  expect((await page.request.get('/chan-trang')).status()).toBe(404);
  expect((await page.request.get('/tin-tuc/gioi-thieu')).status()).toBe(404);
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(sitemap).toMatch(/<loc>[^<]+\/gioi-thieu<\/loc>/);
  expect(await (await page.request.get('/rss.xml')).text()).not.toContain('/gioi-thieu');
  expect(problems).toEqual([]);
});

test('the footer is edited and approved like an article: nothing shows until a second person approves', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const phone = unique('Dienthoaimoi');
  const editor = await newPersonPage(browser, baseURL);
  await login(editor, EDITOR);
  await editor.getByRole('link', { name: 'Trang thông tin' }).click();
  await expect(editor).toHaveURL('/quan-tri/trang');
  await snap(editor, 'pages-01-staff-list');
  await editor.getByRole('link', { name: /Chân trang/ }).click();
  await editor.getByRole('button', { name: 'Sửa bài' }).click();
  const body = editor.getByRole('textbox', { name: 'Nội dung', exact: true });
  await expect(body).toHaveValue(/Điện thoại: \(mẫu\)/);
  const text = await body.inputValue();
  await body.fill(text.replace(/^Điện thoại: .*$/m, `Điện thoại: ${phone}`));
  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor.getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);

  // Submitted, not approved: on no public page, in no sitemap, in no search.
  const citizen = await newPersonPage(browser, baseURL);
  for (const path of ['/', '/lien-he', '/gioi-thieu', '/sitemap.xml']) {
    const response = await citizen.goto(path);
    expect(await response?.text(), path).not.toContain(phone);
  }
  // The search page repeats the query; what matters is that nothing is found.
  await citizen.goto(`/tim-kiem?q=${encodeURIComponent(phone)}`);
  await expect(citizen.getByRole('heading', { level: 2 })).toHaveText(
    /^Không tìm thấy tin bài nào/,
  );

  const approver = await newPersonPage(browser, baseURL);
  await login(approver, APPROVER);
  await approver
    .getByRole('region', { name: /Chờ tôi phê duyệt/ })
    .getByRole('link', { name: /Chân trang/ })
    .click();
  await approver.getByRole('button', { name: 'Phê duyệt' }).click();
  await confirmAction(approver, 'Phê duyệt');
  await expect(approver).toHaveURL(/\?da=phe-duyet$/);

  for (const path of ['/', '/gioi-thieu', '/lien-he']) {
    await citizen.goto(path);
    await expect(citizen.locator('footer'), path).toContainText(`Điện thoại: ${phone}`);
  }
  await snap(citizen, 'pages-02-footer-after-approval');
});
