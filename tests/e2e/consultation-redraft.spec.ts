import { type Browser, expect, type Page, test } from '@playwright/test';
import { SAMPLE_NGHI_DINH } from '../helpers/sample-draft';
import { expectHydrated, expectNoAxeViolation, snap } from './support/page-checks';
import { submitNewDraft } from './support/consultation';
import { APPROVER, EDITOR, login, newPersonPage, unique } from './support/staff';

// A draft's whole life through the browser: published, commented on with
// JavaScript off, the comment moderated and counted in the staff summary,
// then redrafted with a new Điều 2 that renumbers the rest and a Khoản
// reworded. The approved second version keeps the comment on the Khoản it
// was about (now Điều 5), and the public comparison page shows, unit by
// unit, what was added, renumbered and changed: axe 0 at 1366 and 375 px.

const OLD_CLAUSE = '2. Thời gian lấy ý kiến được ghi rõ ngày bắt đầu và ngày kết thúc.';
const NEW_CLAUSE =
  '2. Thời gian lấy ý kiến được ghi rõ ngày, giờ bắt đầu và kết thúc theo giờ Việt Nam.';

/** Version 2: a new Điều 2 before the old one, every later Điều renumbered, one Khoản reworded. */
function secondVersion(): string {
  const renumbered = SAMPLE_NGHI_DINH.replace(/^Điều (\d+)([.:])/gm, (whole, n: string, mark) =>
    Number(n) >= 2 ? `Điều ${Number(n) + 1}${mark}` : whole,
  );
  return renumbered
    .replace(
      'Điều 3. Đối tượng áp dụng',
      'Điều 2. Nguyên tắc lấy ý kiến\nViệc lấy ý kiến bảo đảm công khai, minh bạch.\n\nĐiều 3. Đối tượng áp dụng',
    )
    .replace(OLD_CLAUSE, NEW_CLAUSE);
}

async function staffPage(browser: Browser, baseURL: string | undefined, who: string) {
  const page = await newPersonPage(browser, baseURL);
  await login(page, who);
  return page;
}

async function approve(approver: Page, staffPath: string) {
  await approver.goto(staffPath);
  await expectHydrated(approver);
  await approver.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
  await expect(approver).toHaveURL(/\?da=approved$/);
}

test('a redraft keeps a comment on its renumbered Khoản and the public sees the diff', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const suffix = Date.now().toString(36);
  const title = `Dự thảo sửa đổi ${suffix}`;
  const publicPath = `/du-thao/du-thao-sua-doi-${suffix}`;
  const editor = await staffPage(browser, baseURL, EDITOR);
  const approver = await staffPage(browser, baseURL, APPROVER);

  // Version 1, drafted by the editor and approved by someone else.
  const staffPath = await submitNewDraft(editor, {
    title,
    summary: 'Tóm tắt dự thảo kiểm thử lần sửa đổi.',
    text: SAMPLE_NGHI_DINH,
  });
  await approve(approver, staffPath);

  // A citizen, JavaScript off, disagrees with Điều 4 khoản 2.
  const citizenContext = await browser.newContext({
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    javaScriptEnabled: false,
  });
  const citizen = await citizenContext.newPage();
  const name = unique('Hiệp hội Góp Ý');
  await citizen.goto(publicPath);
  const form = citizen.getByRole('form', { name: 'Gửi góp ý' });
  await form.getByLabel('Góp ý cho').selectOption('dieu-4-khoan-2');
  await form.getByRole('radio', { name: 'Không đồng tình' }).check();
  await form.getByRole('radio', { name: 'Tổ chức' }).check();
  await form.getByLabel('Họ và tên').fill(name);
  await form.getByLabel('Email', { exact: true }).fill('sua-doi.e2e@example.vn');
  await form.getByLabel('Ý kiến', { exact: true }).fill('Đề nghị ghi rõ giờ kết thúc.');
  await form.getByRole('checkbox', { name: /Đồng ý xử lý dữ liệu cá nhân/ }).check();
  await form.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(
    'Cảm ơn bạn, Cổng đã nhận góp ý',
  );

  // The editor publishes it from the moderation queue of this draft.
  await editor.goto(staffPath);
  await editor.getByRole('link', { name: 'Kiểm duyệt góp ý của dự thảo này' }).click();
  await editor.getByRole('checkbox', { name: `Chọn ý kiến của ${name}` }).check();
  await editor.getByRole('button', { name: 'Đăng', exact: true }).click();
  await expect(editor.getByRole('status').first()).toContainText('đã xử lý 1 ý kiến');

  // The staff summary counts it on its unit.
  await approver.goto(staffPath);
  const summary = approver.getByRole('region', { name: 'Tổng hợp góp ý' });
  await expect(summary).toContainText('1 góp ý đã nhận');
  const unitRow = summary.getByRole('row', { name: /#dieu-4-khoan-2/ });
  await expect(unitRow.getByRole('cell')).toHaveText(['0', '1', '0', '1', '0', '1']);
  await snap(approver, 'consultation-staff-summary-1366');

  // Version 2: a new Điều 2 renumbers the rest; the commented Khoản is reworded.
  await editor.goto(staffPath);
  await expectHydrated(editor);
  await editor.getByRole('button', { name: 'Tạo phiên bản mới' }).click();
  await expect(editor).toHaveURL(/\?da=started$/);
  await expectHydrated(editor);
  await editor.getByLabel('Toàn văn dự thảo').fill(secondVersion());
  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor).toHaveURL(/\?da=submitted$/);
  await approve(approver, staffPath);

  // The comment follows its Khoản to Điều 5, marked as made on version 1.
  await expect(async () => {
    await citizen.goto(publicPath);
    await expect(citizen.locator('#dieu-5-khoan-2')).toContainText(name, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(citizen.locator('#dieu-5-khoan-2')).toContainText('góp ý trên dự thảo lần 1');
  await expect(citizen.locator('#dieu-2')).not.toContainText(name);

  // The page lists the changes; each links to the comparison page.
  const versions = citizen.getByRole('region', { name: 'Các lần dự thảo' });
  await versions.getByRole('link', { name: 'Điều 2', exact: true }).click();
  await expect(citizen).toHaveURL(new RegExp(`${publicPath}/so-sanh/1-2#dieu-2$`));
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(
    'So sánh dự thảo lần 1 và lần 2',
  );
  const changed = citizen.getByRole('navigation', { name: /Các điều thay đổi/ });
  await expect(changed).toContainText('Điều 2: Bổ sung mới');
  await expect(changed).toContainText('Điều 3: Đánh số lại (trước là Điều 2)');
  const reworded = citizen.locator('#dieu-5');
  await expect(reworded).toContainText('trước là Điều 4');
  await expect(reworded.locator('ins').first()).toBeVisible();
  await expect(reworded.locator('del').first()).toBeVisible();
  // Each mark names itself for screen readers: "[Thêm: …]", "[Bỏ: …]".
  const added = (await reworded.locator('ins').allTextContents()).join(' ');
  expect(added).toContain('theo giờ Việt Nam');
  expect((await reworded.locator('del').allTextContents()).join(' ')).toContain('Bỏ: ngày');
  expect(await reworded.textContent()).not.toContain('Đề nghị ghi rõ giờ kết thúc.');
  // A comparison the portal does not have is a 404, not an error.
  expect((await citizen.goto(`${publicPath}/so-sanh/2-3`))?.status()).toBe(404);
  expect((await citizen.goto(`${publicPath}/so-sanh/2-1`))?.status()).toBe(404);
  await citizenContext.close();

  // axe runs as a script in the page: a reader with JavaScript on.
  const reader = await newPersonPage(browser, baseURL);
  await reader.goto(`${publicPath}/so-sanh/1-2`);
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 375, height: 812 },
  ]) {
    await reader.setViewportSize(viewport);
    await expectNoAxeViolation(reader);
    const scrollWidth = await reader.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
    await snap(reader, `consultation-diff-${viewport.width}`);
  }
});
