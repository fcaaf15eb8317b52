import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { articleId } from './support/db';
import { fillArticle } from './support/editor';
import { snap, watchConsole } from './support/page-checks';
import { APPROVER, EDITOR, login, newPersonPage, unique } from './support/staff';

// Every staff screen, in each state a person meets it, as each role that
// opens it, at a desktop and a phone width: no axe violation (WCAG 2.1 A
// and AA), nothing wider than a phone, no console error, and a screenshot
// kept. The articles are made through the forms, as staff make them.

const ADMIN = 'quantri@example.gov.vn';
const SEEDED = 'bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';
const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 375, height: 812 },
];

/** `link`: a link the screen must offer (the staff 404's way back). */
type Shot = { name: string; path: string; status?: number; link?: string };
type Role = 'khach' | 'bien-tap' | 'phe-duyet' | 'quan-tri';
const ACCOUNTS: Record<Exclude<Role, 'khach'>, string> = {
  'bien-tap': EDITOR,
  'phe-duyet': APPROVER,
  'quan-tri': ADMIN,
};

/** The current address, path and query, as a person would reopen it. */
const here = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

/** An article by the editor, saved as a draft or sent for approval; its address after the save. */
async function written(page: Page, title: string, intent: 'Lưu nháp' | 'Gửi duyệt') {
  await page.goto('/quan-tri/bai-viet/moi');
  await fillArticle(page, {
    title,
    lead: 'Sa-pô của bài kiểm thử trợ năng.',
    body: 'Đoạn mở đầu.\n\n## Phần một\n\n- Ý thứ nhất\n- Ý thứ hai\n\n**Kết luận** có [liên kết](https://chinhphu.vn).',
  });
  await page.getByRole('button', { name: intent }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/[^/?]+\?da=/);
  return here(page);
}

/** The read-back of "Từ chối" / "Gỡ bài" as a person reaches it, or its refusal without a reason. */
async function reasonStep(page: Page, path: string, panel: string, button: string, why: string) {
  await page.goto(path);
  const region = page.getByRole('region', { name: panel });
  await region.getByLabel('Lý do').fill(why);
  await region.getByRole('button', { name: button }).click();
  await expect(page).toHaveURL(/[?&]xac-nhan=/);
  return here(page);
}

async function buildPlan(browser: Browser, baseURL: string | undefined) {
  const editor = await newPersonPage(browser, baseURL);
  await login(editor, EDITOR);
  const draft = await written(editor, unique('Tin kiểm thử trợ năng nháp'), 'Lưu nháp');
  const submitted = await written(editor, unique('Tin kiểm thử trợ năng chờ duyệt'), 'Gửi duyệt');
  await editor.context().close();
  const draftPath = draft.split('?')[0] ?? draft;
  const submittedPath = submitted.split('?')[0] ?? submitted;
  const publishedPath = `/quan-tri/bai-viet/${await articleId(SEEDED)}`;

  const approver = await newPersonPage(browser, baseURL);
  await login(approver, APPROVER);
  await approver.goto(submittedPath);
  await approver.getByRole('button', { name: 'Xem lại và phê duyệt' }).click();
  await expect(approver.getByRole('region', { name: 'Xác nhận phê duyệt' })).toBeVisible();
  const approve = here(approver);
  const rejectEmpty = await reasonStep(
    approver,
    submittedPath,
    'Từ chối',
    'Xem lại và từ chối',
    '',
  );
  const reject = await reasonStep(
    approver,
    submittedPath,
    'Từ chối',
    'Xem lại và từ chối',
    'Cần dẫn nguồn số liệu ở đoạn hai.',
  );
  const takeDown = await reasonStep(
    approver,
    publishedPath,
    'Gỡ bài',
    'Xem lại và gỡ bài',
    'Thông tin đã cũ.',
  );
  await approver.context().close();

  const list = '/quan-tri/bai-viet';
  const filtered = `${list}?q=dau+tu&trang-thai=PUBLISHED&sap-xep=xuat-ban&tu=01%2F01%2F2020`;
  const staffPages: Shot[] = [
    { name: 'dashboard', path: '/quan-tri' },
    { name: 'list', path: list },
    { name: 'list-filtered', path: filtered },
    { name: 'list-bad-date', path: `${list}?tu=31%2F02%2F2025&trang-thai=DRAFT` },
    { name: 'published', path: publishedPath },
    { name: 'pages', path: '/quan-tri/trang' },
  ];
  const plan: Record<Role, Shot[]> = {
    khach: [
      { name: 'login', path: '/dang-nhap' },
      { name: 'login-failed', path: '/dang-nhap?error=CredentialsSignin' },
    ],
    'bien-tap': [
      ...staffPages,
      { name: 'new-article', path: '/quan-tri/bai-viet/moi' },
      { name: 'draft-created', path: draft },
      { name: 'draft-preview', path: `${draftPath}/xem-truoc` },
      { name: 'submitted-by-me', path: submitted },
      { name: 'users-refused', path: '/quan-tri/nguoi-dung' },
      { name: 'not-found', path: '/quan-tri/khong-co', status: 404, link: 'Về trang quản trị' },
    ],
    'phe-duyet': [
      ...staffPages,
      { name: 'submitted', path: submittedPath },
      { name: 'submitted-preview', path: `${submittedPath}/xem-truoc` },
      { name: 'confirm-approve', path: approve },
      { name: 'reject-no-reason', path: rejectEmpty },
      { name: 'confirm-reject', path: reject },
      { name: 'confirm-take-down', path: takeDown },
    ],
    'quan-tri': [
      ...staffPages,
      { name: 'categories', path: '/quan-tri/chuyen-muc' },
      { name: 'users', path: '/quan-tri/nguoi-dung' },
      { name: 'audit-log', path: '/quan-tri/nhat-ky' },
      {
        name: 'audit-log-filtered',
        path: '/quan-tri/nhat-ky?thao-tac=revision.submit&bai-viet=kiem+thu&tu=01%2F01%2F2020',
      },
      { name: 'audit-log-page-2', path: '/quan-tri/nhat-ky?trang=2' },
    ],
  };
  return plan;
}

let planned: Promise<Record<Role, Shot[]>> | undefined;

/**
 * On a phone, the lists and the pages screen, the same for every staff role
 * but their navigation, are checked once, as the admin; the published
 * article, where the writers are offered forms, as the editor and the
 * approver. Each role's own screens and dashboard are checked as that role.
 * At the desktop width every role sees every screen.
 */
const LISTS = new Set(['list', 'list-filtered', 'list-bad-date', 'pages']);
const onPhone = (shot: Shot, role: Role) =>
  role === 'quan-tri' ? shot.name !== 'published' : !LISTS.has(shot.name);

async function check(page: Page, shot: Shot, role: Role, width: number): Promise<void> {
  const response = await page.goto(shot.path);
  expect(response?.status(), shot.path).toBe(shot.status ?? 200);
  if (shot.link) await expect(page.getByRole('link', { name: shot.link })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = results.violations.map((v) => ({
    rule: v.id,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect.soft(violations, `${role} ${shot.name} at ${width} px`).toEqual([]);
  const wider = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  if (width < 400)
    expect.soft(wider, `${role} ${shot.name}: wider than the phone`).toBeLessThanOrEqual(0);
  await snap(page, `staff-${role}-${shot.name}-${width}`);
}

for (const viewport of WIDTHS) {
  for (const role of ['khach', 'bien-tap', 'phe-duyet', 'quan-tri'] as const) {
    test(`staff pages as ${role} at ${viewport.width} px: no axe violation, nothing wider, no console error`, async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      planned ??= buildPlan(browser, baseURL);
      const plan = await planned;
      const page = await newPersonPage(browser, baseURL);
      if (role !== 'khach') await login(page, ACCOUNTS[role]);
      await page.setViewportSize(viewport);
      const problems = watchConsole(page);
      for (const shot of plan[role]) {
        if (viewport.width < 400 && !onPhone(shot, role)) continue;
        await check(page, shot, role, viewport.width);
      }
      // The browser reports the 404 document itself; nothing else may go wrong.
      expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
      await page.context().close();
    });
  }
}
