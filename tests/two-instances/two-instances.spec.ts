import { readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import pg from 'pg';
import {
  APPROVER,
  confirmAction,
  EDITOR,
  login,
  newPersonPage,
  uniqueArticle,
  vietnamTyped,
} from '../e2e/support/staff';
import { pollUntil } from '../e2e/support/poll';
import { startRedis, stopRedis } from '../../scripts/lib/redis-server';
import { startReaders } from './readers';

// Two `next start` instances (A, B) of one build, one PostgreSQL, one Redis,
// nginx in front with deploy/nginx.conf (scripts/two-instances-server.ts).
// Ports come from playwright.two-instances.config.ts; the database from the harness.
const port = (name: string) => process.env[name] ?? '';
const A = `http://127.0.0.1:${port('TWO_A_PORT')}`;
const B = `http://127.0.0.1:${port('TWO_B_PORT')}`;
const NGINX = `http://127.0.0.1:${port('TWO_NGINX_PORT')}`;
const databaseUrl = () =>
  (
    JSON.parse(readFileSync('tests/artifacts/two-instances.json', 'utf8')) as {
      databaseUrl: string;
    }
  ).databaseUrl;
const SEEDED = '/tin-tuc/bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';
/** How soon the other instance must see a change (the shared cache's promise). */
const INSTANCE_MS = 1000;
/**
 * Through nginx: its 1 s micro-cache, then at most one stale answer while it
 * fetches the new page (proxy_cache_use_stale updating), so 1 s plus one render.
 */
const NGINX_MS = 1500;

function expectSeenInTime(times: Record<string, number | null>): void {
  for (const [url, ms] of Object.entries(times)) {
    const limit = url.startsWith(NGINX) ? NGINX_MS : INSTANCE_MS;
    expect(ms ?? Number.POSITIVE_INFINITY, url).toBeLessThanOrEqual(limit);
  }
}

/** Shown in the report and printed, so CI logs keep the figures. */
function note(annotation: { type: string; description: string }): void {
  test.info().annotations.push(annotation);
  console.log(`${annotation.type}: ${annotation.description}`);
}

async function status(url: string): Promise<number> {
  const response = await fetch(url, { redirect: 'manual' });
  await response.body?.cancel();
  return response.status;
}

/** Milliseconds after `from` until every URL answered `expected`, or null after 10 s. */
async function seenEverywhere(urls: string[], expected: number, from: number) {
  const times: Record<string, number | null> = {};
  await Promise.all(
    urls.map(async (url) => {
      times[url] = await pollUntil(async () => (await status(url)) === expected, from, 10_000, 20);
    }),
  );
  return times;
}

async function countRows(sql: string, values: unknown[]): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql, values)).rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

async function articleIdOf(slug: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const rows = (
      await client.query<{ id: string }>('SELECT id FROM "Article" WHERE slug = $1', [slug])
    ).rows;
    if (!rows[0]) throw new Error(`no article at ${slug}`);
    return rows[0].id;
  } finally {
    await client.end();
  }
}

/** An editor signed in through A who writes, saves and submits an article through B. */
async function submitThroughB(browser: Browser, title: string): Promise<string> {
  const editor = await newPersonPage(browser, A);
  await login(editor, EDITOR);
  await editor.goto(`${B}/quan-tri/bai-viet/moi`);
  await editor.getByLabel('Tiêu đề').fill(title);
  await editor.getByLabel('Sa-pô').fill('Tin kiểm thử trên hai máy chủ.');
  await editor.getByLabel('Nội dung', { exact: true }).fill('Nội dung kiểm thử.');
  await editor.getByLabel('Chuyên mục').selectOption({ index: 1 });
  await editor.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(editor).toHaveURL(new RegExp(`^${B}/quan-tri/bai-viet/[^/?]+\\?da=tao-moi$`));
  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor).toHaveURL(/\?da=gui-duyet$/);
  const path = new URL(editor.url()).pathname;
  await editor.context().close();
  return path;
}

async function approverSignedInThroughB(browser: Browser): Promise<Page> {
  const approver = await newPersonPage(browser, B);
  await login(approver, APPROVER);
  return approver;
}

test('nginx as documented: 1 s micro-cache for public pages, gzip, staff never cached', async () => {
  const get = (path: string, encoding = 'gzip') =>
    fetch(`${NGINX}${path}`, { headers: { 'accept-encoding': encoding }, redirect: 'manual' });
  await (await get(SEEDED)).text();
  const cached = await get(SEEDED);
  expect(cached.headers.get('x-cache-status')).toMatch(/^(HIT|UPDATING|STALE)$/);
  expect(cached.headers.get('content-encoding')).toBe('gzip');
  await cached.body?.cancel();
  // The same stored copy, unzipped for a client that asks for no gzip.
  const plain = await get(SEEDED, 'identity');
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(await plain.text()).toContain('<html');
  // Client navigation asks for the RSC payload at the page's address: never
  // the stored page, never stored (nginx ignores Vary for speed, so this
  // rests on the bypass), and the page is still the page afterwards.
  for (let i = 0; i < 2; i++) {
    const payload = await fetch(`${NGINX}${SEEDED}`, { headers: { rsc: '1' } });
    expect(payload.headers.get('x-cache-status')).toBe('BYPASS');
    expect(payload.headers.get('content-type')).toMatch(/^text\/x-component/);
    await payload.body?.cancel();
  }
  const page = await get(SEEDED);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  await page.body?.cancel();
  for (const path of ['/dang-nhap', '/api/health']) {
    await (await get(path)).text();
    const again = await get(path);
    await again.body?.cancel();
    expect(again.headers.get('x-cache-status'), path).toBeNull();
    expect(again.headers.get('cache-control'), path).toBe('private, no-store');
  }
});

test('one truth across two instances and nginx, with readers at c=32 throughout', async ({
  browser,
}) => {
  const { title: first, path: firstPath } = uniqueArticle('Tin hai máy chủ', 'tin-hai-may-chu');
  const { title: scheduled, path: scheduledPath } = uniqueArticle(
    'Tin hẹn giờ hai máy chủ',
    'tin-hen-gio-hai-may-chu',
  );
  const readers = startReaders(NGINX, [
    '/',
    SEEDED,
    firstPath,
    scheduledPath,
    '/chuyen-muc/truyen-thong-chinh-sach',
  ]);

  // Sessions and Server Actions across instances: signed in through one, acting through the other.
  const staffPath = await submitThroughB(browser, first);
  for (const base of [A, B, NGINX]) expect(await status(`${base}${firstPath}`)).toBe(404);

  // Publish through A: public through B and through nginx within a second.
  const approver = await approverSignedInThroughB(browser);
  await approver.goto(`${A}${staffPath}`);
  await approver.getByRole('button', { name: 'Phê duyệt' }).click();
  await confirmAction(approver, 'Phê duyệt');
  await expect(approver).toHaveURL(/\?da=phe-duyet$/);
  const published = await seenEverywhere(
    [`${B}${firstPath}`, `${NGINX}${firstPath}`],
    200,
    Date.now(),
  );
  note({ type: 'publish seen after (ms)', description: JSON.stringify(published) });
  expectSeenInTime(published);

  // Take down through B: gone through A and through nginx within a second.
  await approver.goto(`${B}${staffPath}`);
  const panel = approver.getByRole('region', { name: 'Gỡ bài' });
  await panel.getByLabel('Lý do').fill('Kiểm thử gỡ bài trên hai máy chủ.');
  await panel.getByRole('button', { name: 'Gỡ bài' }).click();
  await confirmAction(approver, 'Gỡ bài');
  await expect(approver).toHaveURL(/\?da=go-bai$/);
  const gone = await seenEverywhere([`${A}${firstPath}`, `${NGINX}${firstPath}`], 404, Date.now());
  note({ type: 'take-down seen after (ms)', description: JSON.stringify(gone) });
  expectSeenInTime(gone);

  // Scheduled a few seconds ahead with both instances polling: public once, one audit row.
  const scheduledStaffPath = await submitThroughB(browser, scheduled);
  await approver.goto(`${A}${scheduledStaffPath}`);
  const publishAt = Math.ceil((Date.now() + 6_000) / 1000) * 1000;
  await approver.getByLabel('Thời gian xuất bản').fill(vietnamTyped(new Date(publishAt)));
  await approver.getByRole('button', { name: 'Phê duyệt' }).click();
  await confirmAction(approver, 'Phê duyệt');
  await expect(approver).toHaveURL(/\?da=hen-gio$/);
  for (const base of [A, B, NGINX]) expect(await status(`${base}${scheduledPath}`)).toBe(404);
  const onTime = await seenEverywhere(
    [`${A}${scheduledPath}`, `${B}${scheduledPath}`, `${NGINX}${scheduledPath}`],
    200,
    publishAt,
  );
  note({
    type: 'scheduled public after its time (ms)',
    description: JSON.stringify(onTime),
  });
  for (const ms of Object.values(onTime)) expect(ms ?? Infinity).toBeLessThanOrEqual(5000);
  await new Promise((r) => setTimeout(r, 2500)); // both schedulers have ticked again since
  const audits = await countRows(
    `SELECT count(*) AS n FROM "AuditEvent" e JOIN "ArticleRevision" r ON r.id = e."entityId"
     JOIN "Article" a ON a.id = r."articleId" WHERE a.slug = $1 AND e.action = 'publishDue'`,
    [scheduledPath.replace('/tin-tuc/', '')],
  );
  expect(audits).toBe(1);

  const { requests, failures } = await readers.stop();
  note({ type: 'reader requests through nginx', description: `${requests}` });
  expect(requests).toBeGreaterThan(100);
  expect(failures).toEqual([]);
});

test('Redis down: pages from the database, never stale, never a 500; Redis back: cached again', async ({
  browser,
}) => {
  const { redis } = JSON.parse(readFileSync('tests/artifacts/two-instances.json', 'utf8')) as {
    redis: { port: number; dir: string };
  };
  const readers = startReaders(NGINX, ['/', SEEDED, '/chuyen-muc/truyen-thong-chinh-sach']);
  for (const base of [A, B]) {
    await status(`${base}${SEEDED}`);
    expect(await status(`${base}${SEEDED}`)).toBe(200); // now stored in Redis
  }
  await stopRedis(redis.port);
  for (const base of [A, B, NGINX]) {
    for (const path of ['/', SEEDED])
      expect(await status(`${base}${path}`), `${base}${path}`).toBe(200);
  }

  // Taken down through A while Redis is away: B renders from the database too.
  const approver = await approverSignedInThroughB(browser);
  const id = await articleIdOf(SEEDED.replace('/tin-tuc/', ''));
  await approver.goto(`${A}/quan-tri/bai-viet/${id}`);
  const panel = approver.getByRole('region', { name: 'Gỡ bài' });
  await panel.getByLabel('Lý do').fill('Kiểm thử gỡ bài khi Redis ngừng.');
  await panel.getByRole('button', { name: 'Gỡ bài' }).click();
  await confirmAction(approver, 'Gỡ bài');
  await expect(approver).toHaveURL(/\?da=go-bai$/);
  expectSeenInTime(await seenEverywhere([`${B}${SEEDED}`, `${NGINX}${SEEDED}`], 404, Date.now()));

  // Back, with what it held before (append-only): the page it stored as 200 must not return.
  await startRedis(redis.port, redis.dir);
  const back = Date.now();
  while (Date.now() - back < 5000) {
    for (const base of [A, B])
      expect(await status(`${base}${SEEDED}`), `${base} after Redis returned`).toBe(404);
  }
  const cachedAgain = await pollUntil(
    async () => {
      const response = await fetch(`${A}/`);
      await response.body?.cancel();
      return response.headers.get('x-nextjs-cache') === 'HIT';
    },
    back,
    20_000,
    100,
  );
  note({ type: 'home served from Redis again after (ms)', description: `${cachedAgain}` });
  expect(cachedAgain).not.toBeNull();

  const { requests, failures } = await readers.stop();
  note({ type: 'reader requests through nginx (Redis down and back)', description: `${requests}` });
  expect(failures).toEqual([]);
});
