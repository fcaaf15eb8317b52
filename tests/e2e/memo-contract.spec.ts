import { expect, type Page, test } from '@playwright/test';
import { Parser } from 'htmlparser2';
import { declaredPlain, keepable } from '../../lib/cache/memo-http.mjs';
import { hasPersonalCookie, ROUTER_HEADERS } from '../../lib/cache/next-contract.mjs';
import { publicScripts } from '../../lib/cache/plain-html.mjs';
import { PLAIN_HTML_HEADER, PLAIN_HTML_ROUTES } from '../../lib/security/plain-html-routes';
import {
  clientModulePaths,
  clientReferences,
  isPortalClientModule,
} from './support/client-modules';
import { directives, recordCspViolations } from './support/csp';
import { expectHydrated } from './support/page-checks';
import { type Answer, type Raw, request, startRawNext } from './support/raw-next';
import { EDITOR, login } from './support/staff';

// The page memo (lib/cache/page-memo.mjs) relies on Next.js and Auth.js
// through lib/cache/next-contract.mjs. Here those assumptions meet the real
// production build: Next's own answers (the same build served without the
// memo) and the server as deployed. A renamed header or cookie, a new shape
// of Next's scripts, or a declared route that renders a client component
// fails here rather than silently in production.

const SEEDED_SLUG = 'bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';
/** Addresses that exercise each route declared plain HTML. */
const SAMPLES: Record<string, string[]> = {
  '/': ['/'],
  '/tin-tuc/:slug': [`/tin-tuc/${SEEDED_SLUG}`, '/tin-tuc/khong-co-bai-nay'],
  '/chuyen-muc/:slug': [
    '/chuyen-muc/truyen-thong-chinh-sach',
    '/chuyen-muc/truyen-thong-chinh-sach?trang=2',
  ],
  '/ke-hoach-truyen-thong/:year': ['/ke-hoach-truyen-thong/2023'],
  '/su-kien/:slug': [
    '/su-kien/mau-hop-bao-gioi-thieu-cong-truyen-thong-chinh-sach',
    '/su-kien/khong-co-su-kien-nay',
  ],
  '/du-thao/:slug/so-sanh/:cap': ['/du-thao/khong-co-du-thao-nay/so-sanh/1-2'],
  '/du-thao/:slug/tiep-thu-giai-trinh': ['/du-thao/khong-co-du-thao-nay/tiep-thu-giai-trinh'],
  '/du-thao/:slug/tiep-thu-giai-trinh/ban-in': [
    '/du-thao/khong-co-du-thao-nay/tiep-thu-giai-trinh/ban-in',
  ],
  '/gioi-thieu': ['/gioi-thieu'],
  '/lien-he': ['/lien-he'],
  '/en': ['/en'],
  '/ve-thong-ke': ['/ve-thong-ke'],
};
const ALL_SAMPLES = Object.values(SAMPLES).flat();
const OWN_SCRIPTS = publicScripts('public');

let raw: Raw | undefined;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  raw = await startRawNext();
});
test.afterAll(async () => {
  await raw?.server.stopAndWait();
});

/** Next's answer, after one request that fills its page cache. */
async function fromNext(path: string): Promise<Answer> {
  await request(`${raw?.url}${path}`);
  return request(`${raw?.url}${path}`);
}

/** What the memo's predicates see of an answer: a response-shaped view of its headers. */
function asResponse(answer: Answer) {
  const headers = new Map(Object.entries(answer.headers));
  return {
    statusCode: answer.status,
    getHeaders: () => Object.fromEntries(headers),
    getHeader: (name: string) => headers.get(name),
    hasHeader: (name: string) => headers.has(name),
    removeHeader: (name: string) => headers.delete(name),
  } as unknown as Parameters<typeof keepable>[0];
}

/** Scripts left in a page: data blocks and the portal's own are allowed. */
function scriptsOf(html: string): { type: string; src: string }[] {
  const found: { type: string; src: string }[] = [];
  const parser = new Parser({
    onopentag(name, attribs) {
      if (name === 'script') found.push({ type: attribs.type ?? '', src: attribs.src ?? '' });
    },
  });
  parser.end(html);
  return found;
}

/**
 * The text a reader sees in the page's main region, hidden parts left out;
 * the two servers' own addresses (in share links) made alike.
 */
async function visibleText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point here
  const text = await page.locator('main').innerText();
  return text.replaceAll(/http:\/\/(?:localhost|127\.0\.0\.1):\d+/g, 'ORIGIN');
}

test('every route declared plain HTML has addresses checked here', () => {
  expect(Object.keys(SAMPLES).sort()).toEqual([...PLAIN_HTML_ROUTES].sort());
});

test("Next's answers to declared routes are what the memo keeps and makes plain", async () => {
  for (const path of ALL_SAMPLES) {
    const answer = await fromNext(path);
    expect(answer.headers[PLAIN_HTML_HEADER], path).toBe('1');
    expect(keepable(asResponse(answer)), `${path}: kept (x-nextjs-cache, s-maxage)`).toBe(true);
    expect(declaredPlain(asResponse(answer)), path).toBe(true);
    // Next varies its answer by these request headers: the memo must pass each to Next.
    const vary = String(answer.headers.vary ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== '' && name !== 'accept-encoding');
    expect(vary.length, `${path}: Vary`).toBeGreaterThan(0);
    for (const name of vary) expect(ROUTER_HEADERS, `${path}: Vary ${name}`).toContain(name);
  }
});

test('a declared route renders no client component of the portal', async () => {
  const modules = clientModulePaths();
  expect(modules.size, 'client reference manifests in .next').toBeGreaterThan(0);
  for (const path of ALL_SAMPLES) {
    const ids = clientReferences((await fromNext(path)).body);
    expect(ids.length, `${path}: client references in the inline payload`).toBeGreaterThan(0);
    for (const id of ids) {
      const source = modules.get(id);
      expect(source, `${path}: module ${id} in a manifest`).toBeDefined();
      expect(isPortalClientModule(source ?? ''), `${path} renders ${source}`).toBe(false);
    }
  }
});

test('through the memo a declared page is plain HTML under a policy with no inline script', async ({
  page,
  baseURL,
}) => {
  const violations = await recordCspViolations(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  for (const path of ALL_SAMPLES) {
    const response = await page.goto(path);
    const policy = directives((await response?.headerValue('content-security-policy')) ?? '');
    expect(policy.get('script-src'), path).toEqual(["'self'"]);
    expect(policy.has('script-src-elem'), path).toBe(false);
    expect(await response?.headerValue(PLAIN_HTML_HEADER), path).toBeNull();
    expect(await page.evaluate(() => 'next' in window), path).toBe(false);
    for (const script of scriptsOf(await (await request(`${baseURL}${path}`)).body)) {
      const data = script.type !== '' && script.type !== 'module';
      expect(data || OWN_SCRIPTS.has(script.src), `${path}: ${JSON.stringify(script)}`).toBe(true);
    }
  }
  expect(
    scripts.every((s) => OWN_SCRIPTS.has(s)),
    scripts.join(', '),
  ).toBe(true);
  expect(violations).toEqual([]);
});

test("a plain page shows what Next's runtime shows, and client navigation still gets Next's payload", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000); // nine pages, each hydrated and plain
  // Next's page with its runtime, as it would hydrate with no policy in the way.
  const hydrated = await browser.newContext({ bypassCSP: true });
  const plain = await browser.newContext();
  // The portal's own scripts (public/) add controls to the page after load,
  // and a hydrating React removes what it did not render: compare the two
  // renderings of the server's HTML without them.
  for (const context of [hydrated, plain]) {
    await context.route(
      (url) => OWN_SCRIPTS.has(url.pathname),
      (route) => route.abort(),
    );
  }
  const [next, served] = [await hydrated.newPage(), await plain.newPage()];
  for (const path of ALL_SAMPLES) {
    await next.goto(`${raw?.url}${path}`);
    await expectHydrated(next);
    await served.goto(`${baseURL}${path}`);
    expect(await visibleText(served), path).toBe(await visibleText(next));
  }
  // From a page that hydrates (a 404 of no route), a link home is followed
  // by the client router through the memo: no full page load.
  const page = served;
  await page.goto(`${baseURL}/trang-khong-ton-tai`);
  await expectHydrated(page);
  await page.evaluate(() => {
    document.body.dataset.sameDocument = 'yes';
  });
  await page.locator('header a[href="/"]').first().click();
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.locator('main h2, main h1').first()).toBeVisible();
  expect(await page.evaluate(() => document.body.dataset.sameDocument)).toBe('yes');
  await Promise.all([hydrated.close(), plain.close()]);
});

test('the cookie a staff sign-in adds that carries the session is one the memo knows', async ({
  page,
  baseURL,
}) => {
  await page.goto('/dang-nhap');
  const before = new Set((await page.context().cookies()).map((c) => c.name));
  await login(page, EDITOR);
  const added = (await page.context().cookies()).filter((c) => !before.has(c.name));
  expect(added.some((c) => hasPersonalCookie(`${c.name}=${c.value}`))).toBe(true);
  // Any other cookie it added signs no one in on its own.
  for (const cookie of added.filter((c) => !hasPersonalCookie(`${c.name}=${c.value}`))) {
    const alone = await request(`${baseURL}/quan-tri`, {
      cookie: `${cookie.name}=${cookie.value}`,
    });
    expect(alone.status, cookie.name).toBe(307);
    expect(alone.headers.location, cookie.name).toContain('/dang-nhap');
  }
});

test.describe('HTTP details of the memo in front of the real server', () => {
  const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}t=${Date.now()}`;

  test('"https" with a no-break space is http for the memo as for the header rule', async ({
    baseURL,
  }) => {
    const path = fresh('/gioi-thieu');
    const odd = await request(`${baseURL}${path}`, { 'x-forwarded-proto': 'https\u00a0' });
    expect(odd.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const https = await request(`${baseURL}${path}`, { 'x-forwarded-proto': 'https' });
    expect(https.headers['content-security-policy']).toMatch(/; upgrade-insecure-requests$/);
  });

  test('a HEAD on a cold address gets the ETag and length of the GET', async ({ baseURL }) => {
    const path = fresh(`/tin-tuc/${SEEDED_SLUG}`);
    const head = await request(`${baseURL}${path}`, {}, 'HEAD');
    const get = await request(`${baseURL}${path}`);
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
  });

  test('a kept 404 answers 404 to a matching If-None-Match', async ({ baseURL }) => {
    const url = `${baseURL}/tin-tuc/khong-co-bai-nay`;
    const first = await request(url);
    expect(first.status).toBe(404);
    const again = await request(url, { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(404);
    expect(again.body).toContain('Không tìm thấy');
  });

  test('Accept-Encoding is negotiated: gzip;q=0 refuses gzip, GZIP takes it', async ({
    baseURL,
  }) => {
    const url = `${baseURL}/`;
    const encoding = async (value: string) =>
      (await request(url, { 'accept-encoding': value })).headers['content-encoding'];
    expect(await encoding('gzip;q=0')).toBeUndefined();
    expect(await encoding('gzip;q=0, identity')).toBeUndefined();
    expect(await encoding('GZIP')).toBe('gzip');
  });
});
