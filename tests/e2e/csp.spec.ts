import { expect, type Page, test } from '@playwright/test';
import { publishWithCover, takeDown } from './support/cover';
import { articleId, query } from './support/db';
import {
  directives,
  expectBaseline,
  expectHydrated,
  expectPlainHtml,
  recordCspViolations,
} from './support/csp';
import { APPROVER, EDITOR, login } from './support/staff';

// The Content-Security-Policy as a browser enforces it: every public and
// staff page loads, hydrates and works with zero violations, and the header
// is on every kind of response.

const ADMIN = 'quantri@example.gov.vn';
const SEEDED_SLUG = 'bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';

const PUBLIC_PAGES = [
  '/',
  `/tin-tuc/${SEEDED_SLUG}`,
  '/chuyen-muc/truyen-thong-chinh-sach',
  '/chuyen-muc/truyen-thong-chinh-sach?trang=2',
  '/ke-hoach-truyen-thong/2023',
  '/tin-tuc/khong-co-bai-nay',
  '/trang-khong-ton-tai',
];

// The seed has no pictures: one published cover, put there as staff would,
// gives the pages an image from this origin to load; taken down afterwards,
// so the category's lists are as the seed made them for the other tests.
let coverArticle = '';
test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const title = `Tin kiểm thử CSP ảnh bìa ${Date.now()}`;
  coverArticle = await publishWithCover(browser, baseURL, title, 'Ảnh kiểm thử CSP');
});
test.afterAll(async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  if (coverArticle) await takeDown(browser, baseURL, coverArticle);
});

/** Opens `path`, checks the policy it came with, and waits for hydration. */
async function visit(page: Page, path: string, kind: 'cached' | 'staff'): Promise<string> {
  const response = await page.goto(path);
  const policy = await response?.headerValue('content-security-policy');
  expectBaseline(policy ?? undefined);
  const script = directives(policy ?? undefined).get('script-src') ?? [];
  if (kind === 'staff') {
    expect(script).toContain("'strict-dynamic'");
    expect(script.some((s) => s.startsWith("'nonce-"))).toBe(true);
    expect(policy).not.toContain('unsafe-inline');
  } else {
    expect(directives(policy ?? undefined).get('script-src-attr')).toEqual(["'none'"]);
  }
  // Routes declared plain HTML come without Next's runtime, under a policy
  // that allows no inline script; the rest (staff pages, a 404 of no route)
  // as Next made them, hydrated.
  const runtime = await page.locator('script[src^="/_next/"]').count();
  if (kind === 'staff' || runtime > 0) await expectHydrated(page);
  else {
    await expectPlainHtml(page);
    expect(policy).not.toContain("'unsafe-inline'");
  }
  return policy ?? '';
}

/**
 * An inline event handler slipped into the page is refused and reported:
 * proves the recorder hears violations, and that markup cannot run script.
 */
async function expectInlineHandlerRefused(page: Page, violations: string[]): Promise<void> {
  const before = violations.length;
  await page.evaluate(() => {
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="/khong-co.png" onerror="document.title=\'pwned\'">';
    document.body.append(holder);
  });
  // The event (naming the directive) and Chromium's console line arrive in
  // either order: wait for both, so neither leaks into the next page's count.
  await expect
    .poll(() => violations.slice(before).join('\n'), { timeout: 10_000 })
    .toMatch(/script-src-attr[\s\S]*console:|console:[\s\S]*script-src-attr/);
  expect(await page.title()).not.toBe('pwned');
  violations.splice(before);
}

test('public pages, 404s included, load (plain HTML or hydrated) with no policy violation', async ({
  page,
}) => {
  const violations = await recordCspViolations(page);
  for (const path of PUBLIC_PAGES) await visit(page, path, 'cached');
  // Cover images and fonts came from this origin and were allowed.
  await page.goto('/chuyen-muc/truyen-thong-chinh-sach');
  const images = page.locator('main img');
  expect(await images.count()).toBeGreaterThan(0);
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth))
      .toBeGreaterThan(0);
  }
  expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"'))).toBe(true);
  await expectInlineHandlerRefused(page, violations);
  expect(violations).toEqual([]);
});

test('staff pages get a fresh nonce, work, and report no violation', async ({ browser }) => {
  test.setTimeout(90_000); // three sign-ins and a dozen staff pages
  const id = await articleId(SEEDED_SLUG);
  const pages: { email: string; paths: string[] }[] = [
    { email: EDITOR, paths: ['/quan-tri', `/quan-tri/bai-viet/${id}`, '/quan-tri/khong-co'] },
    { email: APPROVER, paths: ['/quan-tri', `/quan-tri/bai-viet/${id}/xem-truoc`] },
    {
      email: ADMIN,
      paths: ['/quan-tri/nguoi-dung', '/quan-tri/chuyen-muc', '/quan-tri/nhat-ky'],
    },
  ];
  const nonces = new Set<string>();
  for (const { email, paths } of pages) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = await recordCspViolations(page);
    const loginPolicy = await visit(page, '/dang-nhap', 'staff');
    nonces.add(loginPolicy);
    await login(page, email);
    for (const path of paths) nonces.add(await visit(page, path, 'staff'));
    await expectInlineHandlerRefused(page, violations);
    expect(violations, email).toEqual([]);
    await context.close();
  }
  expect(nonces.size, 'a new nonce on every response').toBe(3 + 8);
});

test('the article form works under the policy: live preview and a refused save', async ({
  page,
}) => {
  const violations = await recordCspViolations(page);
  await login(page, EDITOR);
  await visit(page, '/quan-tri/bai-viet/moi', 'staff');
  // The preview is a client component calling a Server Action.
  await page.getByLabel('Nội dung', { exact: true }).fill('Đoạn có **chữ đậm** ở giữa.');
  const preview = page.getByRole('region', { name: 'Xem trước nội dung' });
  await expect(preview.locator('strong')).toHaveText('chữ đậm');
  // A save without a title comes back through useActionState, in place:
  // a marker set on this document survives, so no full page load happened.
  await page.evaluate(() => {
    document.body.dataset.sameDocument = 'yes';
  });
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.locator('#editor-status')).not.toBeEmpty();
  await expect(page.getByLabel('Tiêu đề')).toHaveAttribute('aria-invalid', 'true');
  expect(await page.evaluate(() => document.body.dataset.sameDocument)).toBe('yes');
  await expect(page.getByLabel('Nội dung', { exact: true })).toHaveValue(
    'Đoạn có **chữ đậm** ở giữa.',
  );
  expect(violations).toEqual([]);
});

test('the header is on API answers, media, 404s and redirects', async ({ request }) => {
  // The cover of an article the public can see.
  const [media] = await query<{ path: string }>(
    `SELECT m.path FROM "Media" m
       JOIN "ArticleRevision" r ON r."coverMediaId" = m.id
       JOIN "Article" a ON a."liveRevisionId" = r.id
      LIMIT 1`,
  );
  expect(media).toBeDefined();
  const cases: { path: string; status: number }[] = [
    { path: '/api/health', status: 200 },
    { path: `/media/${media?.path}`, status: 200 },
    { path: '/media/khong-co.png', status: 404 },
    { path: '/khong-co-trang-nay', status: 404 },
    { path: '/tin-tuc/%E0%A4%A', status: 404 },
    { path: '/quan-tri', status: 307 },
  ];
  for (const { path, status } of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expectBaseline(response.headers()['content-security-policy']);
  }
  // An uploaded file, opened as a page, may run and load nothing at all.
  const file = await request.get(`/media/${media?.path}`);
  const policy = directives(file.headers()['content-security-policy']);
  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.has('sandbox')).toBe(true);
});

test('production: HSTS always, https subresources only behind https', async ({ request }) => {
  for (const path of ['/', '/dang-nhap']) {
    const plain = await request.get(path);
    expect(plain.headers()['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    expect(plain.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const https = await request.get(path, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(https.headers()['content-security-policy']).toMatch(/; upgrade-insecure-requests$/);
  }
});
