import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { snap, watchConsole } from './support/page-checks';
import { pollUntil } from './support/poll';
import { APPROVER, EDITOR, login, newPersonPage, vietnamTyped } from './support/staff';

// An event as staff make it and a citizen finds it: an editor drafts a press
// conference and sends it, cannot approve it, an approver publishes it, and
// a citizen sees it among the upcoming events, on its page (with JSON-LD
// Event) and in the calendar feed, in Vietnam time; a take-down is gone from
// the calendar within a second. Then the events pages and the home page at a
// desktop and a phone width: no axe violation, nothing wider than the screen.

const DAY = 86_400_000;
const SAMPLE = '/su-kien/mau-hop-bao-gioi-thieu-cong-truyen-thong-chinh-sach';

test('an editor drafts an event, an approver publishes it, a citizen sees it in the list, the page and the calendar', async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const title = `Họp báo kiểm thử ${suffix}`;
  const publicPath = `/su-kien/hop-bao-kiem-thu-${suffix}`;
  // Three days ahead at 08:30 Vietnam time, to 11:00.
  const day = new Date(Math.floor((Date.now() + 7 * 3_600_000) / DAY) * DAY + 3 * DAY);
  const startsAt = new Date(day.getTime() + 90 * 60_000);
  const endsAt = new Date(day.getTime() + 4 * 3_600_000);

  const editor = await newPersonPage(browser, baseURL);
  await login(editor, EDITOR);
  await editor.goto('/quan-tri/su-kien');
  await editor.getByRole('link', { name: 'Tạo sự kiện mới' }).click();
  await editor.getByLabel('Loại sự kiện').selectOption({ label: 'Họp báo' });
  await editor.getByLabel('Tên sự kiện').fill(title);
  await editor.getByLabel('Bắt đầu').fill(vietnamTyped(startsAt));
  await editor.getByLabel('Kết thúc').fill(vietnamTyped(endsAt));
  await editor.getByLabel('Địa điểm').fill('Hội trường Bộ, Hà Nội');
  await editor.getByLabel('Đơn vị chủ trì').fill('Văn phòng Bộ');
  await editor.getByLabel('Nội dung tóm tắt').fill('Thông tin kết quả quý II.');
  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor).toHaveURL(/\/quan-tri\/su-kien\/[^/?]+\?da=submitted$/);
  const staffPath = new URL(editor.url()).pathname;
  await expect(editor.getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);

  const citizen = await newPersonPage(browser, baseURL);
  expect((await citizen.goto(publicPath))?.status()).toBe(404);
  expect(await (await request.get('/su-kien.ics')).text()).not.toContain(title);

  const approver = await newPersonPage(browser, baseURL);
  await login(approver, APPROVER);
  await approver.goto(staffPath);
  await expect(approver.getByRole('region', { name: 'Xem trước' })).toContainText('Văn phòng Bộ');
  await approver.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
  await expect(approver).toHaveURL(/\?da=approved$/);

  await citizen.goto('/su-kien');
  await citizen
    .getByRole('region', { name: /Sắp diễn ra/ })
    .getByRole('link', { name: title })
    .click();
  await expect(citizen).toHaveURL(new RegExp(`${publicPath}$`));
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(citizen.getByText('08:30–11:00')).toBeVisible();
  const ld = (await citizen.locator('script[type="application/ld+json"]').allTextContents()).map(
    (t) => JSON.parse(t) as { '@type': string; startDate?: string },
  );
  expect(ld.find((d) => d['@type'] === 'Event')?.startDate).toMatch(/T08:30:00\+07:00$/);

  const calendar = await (await request.get('/su-kien.ics')).text();
  expect(calendar).toContain(`SUMMARY:${title}`);
  const ymd = vietnamTyped(day).slice(0, 10).split('/').reverse().join('');
  expect(calendar).toContain(`DTSTART;TZID=Asia/Ho_Chi_Minh:${ymd}T083000`);
  expect(calendar).toContain('BEGIN:VTIMEZONE');
  const one = await request.get(`${publicPath}/lich.ics`);
  expect(one.headers()['content-type']).toContain('text/calendar');
  expect(await one.text()).toContain(`SUMMARY:${title}`);

  // Taken down: gone from the calendar within a second of the approver's confirmation.
  await approver.getByLabel('Lý do gỡ').fill('Hoãn sự kiện (kiểm thử)');
  await approver.getByRole('button', { name: 'Gỡ sự kiện' }).click();
  await expect(approver).toHaveURL(/\?da=taken-down$/);
  const gone = await pollUntil(
    async () => !(await (await request.get('/su-kien.ics')).text()).includes(title),
    Date.now(),
    1000,
  );
  expect(gone, 'taken down, still in /su-kien.ics after 1 s').not.toBeNull();
  expect((await request.get(publicPath)).status()).toBe(404);
});

const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 375, height: 812 },
];

async function check(page: Page, path: string, name: string, width: number) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => ({
      path,
      rule: v.id,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    })),
  ).toEqual([]);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(width);
  await snap(page, `events-${name}-${width}`);
}

for (const viewport of WIDTHS) {
  test(`events and the home page at ${viewport.width} px: no axe violation, no overflow`, async ({
    page,
  }) => {
    // Ten pages with axe each: slow on a shared two-core machine.
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    const problems = watchConsole(page);
    await check(page, '/su-kien', 'list', viewport.width);
    await check(page, SAMPLE, 'sample', viewport.width);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('[Mẫu]');
    await check(page, '/', 'home', viewport.width);
    await expect(page.getByRole('region', { name: 'Sự kiện sắp diễn ra' })).toContainText('[Mẫu]');
    // Which drafts are open depends on the specs before this one (one closes
    // the sample's window): at least one is listed, each linking to its page.
    const open = page.getByRole('region', { name: 'Dự thảo đang lấy ý kiến' });
    await expect(open.getByRole('listitem').first()).toBeVisible();
    for (const href of await open
      .getByRole('listitem')
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/du-thao\/[a-z0-9-]+$/);
    }
    await login(page, EDITOR);
    await check(page, '/quan-tri/su-kien', 'staff-list', viewport.width);
    await check(page, '/quan-tri/su-kien/moi', 'staff-new', viewport.width);
    expect(problems).toEqual([]);
  });
}
