import { type APIRequestContext, type Browser, expect, test } from '@playwright/test';
import { articleId, linkToFirstSolution } from './support/db';
import { snap } from './support/page-checks';
import { linkTo, pollUntil, served, sleep } from './support/poll';
import {
  confirmAction,
  login,
  newPersonPage,
  OTHER_APPROVER,
  OTHER_EDITOR,
  uniqueArticle,
  vietnamTyped,
} from './support/staff';

// Taking an article down and publishing on a schedule, as citizens see it.
// Public pages are read as served, with no JavaScript: what a citizen, a
// crawler or a cache gets.

const CATEGORY = 'Truyền thông Chính sách';
const CATEGORY_PATH = '/chuyen-muc/truyen-thong-chinh-sach';
const MAIN_PATH =
  '/tin-tuc/bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';
const PLAN_PATH = '/ke-hoach-truyen-thong/2023';
// A seeded related item: written by bientap@, approved by pheduyet@, and the
// sixth of "Tin cùng chuyên mục" on the main article.
const TAKEN_DOWN = 'bac-kan-gioi-thieu-van-ban-phap-luat-moi-nam-2024';
const STAYS = 'chuong-trinh-thien-nguyen-cung-em-den-truong-tai-huyen-da-bac-tinh-hoa-binh';
const NOT_FOUND = 'Không tìm thấy trang';

/** A citizen: a browser context of their own, read through its HTTP client. */
async function citizenClient(browser: Browser, baseURL: string | undefined) {
  return (await browser.newContext({ baseURL })).request;
}

/** Every page of the category listing as served; stops at the first 404. */
async function categoryPages(request: APIRequestContext): Promise<string[]> {
  const pages: string[] = [];
  for (let n = 1; n <= 10; n++) {
    const { status, html } = await served(
      request,
      n === 1 ? CATEGORY_PATH : `${CATEGORY_PATH}?trang=${n}`,
    );
    if (status !== 200) break;
    pages.push(html);
  }
  return pages;
}

/** The main article's HTML, or '' unless it answered 200 with its related news. */
async function mainArticle(request: APIRequestContext): Promise<string> {
  const { status, html } = await served(request, MAIN_PATH);
  return status === 200 && html.includes('Tin cùng chuyên mục') ? html : '';
}

test('Gỡ bài: a seeded article taken down is gone from every public page within a second', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const reason = 'Văn bản được giới thiệu đã có bản sửa đổi, cần cập nhật.';
  const link = linkTo(TAKEN_DOWN);
  // The seed links only the main article to the plan. Link the one taken down,
  // so the plan page has something to lose, and one that stays, which a plan
  // page cached before these links cannot show: a stale page cannot pass.
  await linkToFirstSolution(2023, [TAKEN_DOWN, STAYS]);
  const citizen = await citizenClient(browser, baseURL);

  expect((await served(citizen, `/tin-tuc/${TAKEN_DOWN}`)).status).toBe(200);
  expect((await served(citizen, '/')).html).toContain(link);
  expect((await categoryPages(citizen)).join('\n')).toContain(link);
  expect(await mainArticle(citizen)).toContain(link);

  const approver = await newPersonPage(browser, baseURL);
  await login(approver, OTHER_APPROVER);
  await approver.goto(`/quan-tri/bai-viet/${await articleId(TAKEN_DOWN)}`);
  const panel = approver.getByRole('region', { name: 'Gỡ bài' });
  await panel.getByLabel('Lý do').fill(reason);
  await snap(approver, 'pub-01-approver-takes-down');
  await panel.getByRole('button', { name: 'Gỡ bài' }).click();
  await confirmAction(approver, 'Gỡ bài');
  await expect(approver).toHaveURL(/\?da=go-bai$/);
  const takenDownAt = Date.now();

  const gone: Record<string, () => Promise<boolean>> = {
    'its page (404 or 410 with a notice)': async () => {
      const { status, html } = await served(citizen, `/tin-tuc/${TAKEN_DOWN}`);
      return (status === 404 || status === 410) && html.includes(NOT_FOUND);
    },
    home: async () => !(await served(citizen, '/')).html.includes(link),
    'every category page': async () => {
      const pages = await categoryPages(citizen);
      return pages.length > 0 && !pages.some((html) => html.includes(link));
    },
    'Tin cùng chuyên mục': async () => {
      const html = await mainArticle(citizen);
      return html !== '' && !html.includes(link);
    },
    'plan page': async () => {
      const { status, html } = await served(citizen, PLAN_PATH);
      return status === 200 && html.includes(linkTo(STAYS)) && !html.includes(link);
    },
  };
  const after = await Promise.all(
    Object.entries(gone).map(async ([where, check]) => ({
      where,
      ms: await pollUntil(check, takenDownAt, 1000),
    })),
  );
  test.info().annotations.push({ type: 'gone after (ms)', description: JSON.stringify(after) });
  for (const { where, ms } of after) expect(ms, `${where}: gone within 1 s`).not.toBeNull();

  await expect(approver.getByRole('region', { name: 'Lịch sử' })).toContainText(reason);
  const reader = await newPersonPage(browser, baseURL);
  const response = await reader.goto(`/tin-tuc/${TAKEN_DOWN}`);
  expect(response?.status()).toBe(404);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND);
  await snap(reader, 'pub-02-citizen-taken-down');
  await reader.goto(MAIN_PATH);
  const related = reader.getByRole('region', { name: 'Tin cùng chuyên mục' });
  await expect(related.getByRole('link').first()).toBeVisible();
  await expect(related.locator(`a[href="/tin-tuc/${TAKEN_DOWN}"]`)).toHaveCount(0);
  await snap(reader, 'pub-03-citizen-related-without-it');
});

test('Phê duyệt with Thời gian xuất bản: public at that time, published by the server on its own', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const { title, path } = uniqueArticle(
    'Tin kiểm thử hẹn giờ xuất bản',
    'tin-kiem-thu-hen-gio-xuat-ban',
  );

  const editor = await newPersonPage(browser, baseURL);
  await login(editor, OTHER_EDITOR);
  await editor.goto('/quan-tri/bai-viet/moi');
  await editor.getByLabel('Tiêu đề').fill(title);
  await editor.getByLabel('Sa-pô').fill('Bài được phê duyệt trước, xuất bản đúng giờ đã hẹn.');
  await editor.getByLabel('Nội dung', { exact: true }).fill('Nội dung của bài hẹn giờ.');
  await editor.getByLabel('Chuyên mục').selectOption({ label: CATEGORY });
  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor).toHaveURL(/\/quan-tri\/bai-viet\/[^/?]+\?da=gui-duyet$/);
  const articlePath = new URL(editor.url()).pathname;

  const approver = await newPersonPage(browser, baseURL);
  await login(approver, OTHER_APPROVER);
  await approver.goto(articlePath);
  // The form and the server take seconds, so the test need not wait for a
  // whole minute (the field is Vietnam time; the browser runs in it too).
  const publishAt = Math.ceil((Date.now() + 25_000) / 1000) * 1000;
  await approver.getByLabel('Thời gian xuất bản').fill(vietnamTyped(new Date(publishAt)));
  await snap(approver, 'pub-04-approver-schedules');
  await approver.getByRole('button', { name: 'Phê duyệt' }).click();
  await confirmAction(approver, 'Phê duyệt');
  await expect(approver).toHaveURL(/\?da=hen-gio$/);
  await expect(approver.getByText('Đã phê duyệt và hẹn giờ xuất bản.')).toBeVisible();
  await snap(approver, 'pub-05-approver-scheduled');
  // From here on no staff page is open: only the server can publish it.
  await editor.context().close();
  await approver.context().close();

  const citizen = await citizenClient(browser, baseURL);
  for (const waitUntil of [0, publishAt - 1500]) {
    await sleep(waitUntil - Date.now());
    const { status, html } = await served(citizen, path);
    expect(Date.now(), 'still before the scheduled time').toBeLessThan(publishAt);
    expect(status).toBe(404);
    expect(html).toContain(NOT_FOUND);
    expect((await served(citizen, CATEGORY_PATH)).html).not.toContain(title);
  }
  const late = await pollUntil(
    async () => (await served(citizen, path)).status === 200,
    publishAt,
    15_000,
    200,
  );
  test
    .info()
    .annotations.push({ type: 'public after the scheduled time (ms)', description: `${late}` });
  expect(late, 'public within 15 s of its time').not.toBeNull();
  expect(late ?? -1, 'not public before its time').toBeGreaterThanOrEqual(0);
  expect(late ?? Number.POSITIVE_INFINITY, 'public within 5 s of its time').toBeLessThanOrEqual(
    5000,
  );
  expect((await served(citizen, CATEGORY_PATH)).html).toContain(title);
  expect((await served(citizen, '/')).html).toContain(title);

  const reader = await newPersonPage(browser, baseURL);
  expect((await reader.goto(path))?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await snap(reader, 'pub-06-citizen-reads-scheduled');
});
