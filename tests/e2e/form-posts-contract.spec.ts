import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { databaseUrl, query } from './support/db';
import { SEEDED_SLUG } from './support/feedback';
import { type Raw, startRawNext } from './support/raw-next';

// The production server answers readers' feedback posts ahead of Next
// (scripts/lib/form-posts.mjs). Here its handler, alone on a server of its
// own (anything it does not answer gets 599), meets Next's route on the same
// build and database (FORM_POSTS=off): for every kind of post, the same
// status, headers and page. A header rule added to next.config.ts, a
// changed answer page or a post the handler stops taking fails here.

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** Headers that say how the bytes travelled, not what was answered. */
const TRANSPORT = ['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'];

let raw: Raw | undefined;
let fast: http.Server | undefined;
let fastUrl = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  raw = await startRawNext({ FORM_POSTS: 'off' });
  process.env.DATABASE_URL = databaseUrl();
  const { createFormPosts } = await import('../../scripts/lib/form-posts.mjs');
  const posts = await createFormPosts({ dir: process.cwd() });
  fast = http.createServer((req, res) => {
    if (posts.handle(req, res)) return;
    res.writeHead(599);
    res.end();
  });
  await new Promise<void>((resolve) => fast?.listen(0, '127.0.0.1', resolve));
  fastUrl = `http://127.0.0.1:${(fast.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await raw?.server.stopAndWait();
  await new Promise((resolve) => fast?.close(resolve));
});

function post(base: string, path: string, body: string, headers: Record<string, string>) {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const meaningful = (headers: http.IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(headers).filter(([key]) => !TRANSPORT.includes(key)));

/** The same post to both servers (each its own email and Origin); both answers. */
async function both(
  path: string,
  fields: (who: string) => Record<string, string>,
  headers: (base: string) => Record<string, string> = (base) => ({ origin: base }),
) {
  const send = (base: string, who: string) =>
    post(base, path, new URLSearchParams(fields(who)).toString(), headers(base));
  const [mine, next] = await Promise.all([send(fastUrl, 'fast'), send(raw?.url ?? '', 'next')]);
  return { mine, next };
}

const form = (who: string, extra: Record<string, string> = {}) => ({
  name: 'Trần Văn Bình',
  email: `hop-dong-${who}@example.vn`,
  body: 'Đề nghị <b>công bố</b> lộ trình & "hướng dẫn" chi tiết.\nDòng hai.',
  kind: 'cau-hoi',
  consent: 'on',
  ...extra,
});

const ARTICLE_POST = `/tin-tuc/${SEEDED_SLUG}/y-kien`;
const CASES: [string, string, (who: string) => Record<string, string>, number][] = [
  ['accepted', ARTICLE_POST, (who) => form(`nhan-${who}`), 200],
  [
    'invalid (no consent, no name)',
    ARTICLE_POST,
    (who) => form(who, { consent: '', name: ' ' }),
    400,
  ],
  [
    'honeypot filled',
    ARTICLE_POST,
    (who) => form(`bay-${who}`, { website: 'http://spam.example' }),
    200,
  ],
  ['no such article', '/tin-tuc/khong-co-bai-nay/y-kien', (who) => form(`khong-${who}`), 404],
];

for (const [name, path, fields, status] of CASES) {
  test(`a feedback post, ${name}: the handler answers as Next's route does`, async () => {
    const { mine, next } = await both(path, fields);
    expect(next.status).toBe(status);
    expect(mine.status).toBe(next.status);
    expect(meaningful(mine.headers)).toEqual(meaningful(next.headers));
    expect(mine.body.replaceAll('-fast@', '-next@')).toBe(next.body);
  });
}

test('a post from another site and one over https: same refusal, same policy', async () => {
  const crossSite = await both(
    ARTICLE_POST,
    (who) => form(`cheo-${who}`),
    () => ({
      origin: 'https://trang-khac.example',
    }),
  );
  expect(crossSite.next.status).toBe(403);
  expect(crossSite.mine.status).toBe(403);
  expect(crossSite.mine.body).toBe(crossSite.next.body);
  const https = await both(
    ARTICLE_POST,
    (who) => form(`https-${who}`),
    (base) => ({
      origin: base,
      'x-forwarded-proto': 'https',
    }),
  );
  expect(https.next.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  expect(meaningful(https.mine.headers)).toEqual(meaningful(https.next.headers));
});

test('a body over 64 KB is refused by both before it is read', async () => {
  const big = (who: string) => form(`lon-${who}`, { body: 'x'.repeat(70 * 1024) });
  const { mine, next } = await both(ARTICLE_POST, big);
  expect(next.status).toBe(413);
  expect(mine.status).toBe(413);
  expect(meaningful(mine.headers)).toEqual(meaningful(next.headers));
});

test('what the handler accepted is stored once, awaiting moderation, with no raw address', async () => {
  const email = 'hop-dong-luu-fast@example.vn';
  const answer = await post(
    fastUrl,
    ARTICLE_POST,
    new URLSearchParams(form('luu-fast')).toString(),
    { origin: fastUrl, 'x-forwarded-for': '203.0.113.9' },
  );
  expect(answer.status).toBe(200);
  const rows = await query<{ state: string; sourceHash: string | null; email: string }>(
    'SELECT state, "sourceHash", email FROM "Feedback" WHERE email = $1',
    [email],
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]?.state).toBe('PENDING');
  expect(rows[0]?.sourceHash).toMatch(/^[\w-]{20,}$/);
  expect(JSON.stringify(rows)).not.toContain('203.0.113.9');
});

test('other methods, addresses and bodies are left to Next', async () => {
  const get = await new Promise<number>((resolve, reject) => {
    http
      .get(`${fastUrl}${ARTICLE_POST}`, (res) => resolve(res.statusCode ?? 0))
      .on('error', reject);
  });
  expect(get).toBe(599);
  const multipart = await post(fastUrl, ARTICLE_POST, '', {
    origin: fastUrl,
    'content-type': 'multipart/form-data; boundary=x',
  });
  expect(multipart.status).toBe(599);
  const elsewhere = await post(fastUrl, `${ARTICLE_POST}/khac`, 'a=1', { origin: fastUrl });
  expect(elsewhere.status).toBe(599);
});
