import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expirePageMemo } from '../../lib/cache/memo-signal.mjs';
import { createPageMemo, type PageMemo } from '../../lib/cache/page-memo.mjs';
import RedisCacheHandler from '../../lib/cache/redis-handler.mjs';
import { freePort } from '../../lib/db/embedded';
import { startRedis, stopRedis } from '../../scripts/lib/redis-server';

// The memo in front of a stand-in for Next's handler, over real HTTP: the
// stand-in answers as Next does for a cached page, and counts what reaches it.
type Answer = {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
  gzip?: boolean;
};
const CACHED = {
  'cache-control': 'public, max-age=0, s-maxage=1, stale-while-revalidate=5',
  'x-nextjs-cache': 'HIT',
  etag: '"v1"',
  'content-type': 'text/html; charset=utf-8',
};

/** A page as Next renders it: its runtime, payload, a preload, data and the portal's script. */
const page = [
  '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  "<link rel='preload' as='script' fetchPriority='low' href='/_next/static/chunks/b.js'/>",
  '<script src=/_next/static/chunks/b.js async=""></script></head><body><h1>Tin</h1>',
  '<p>Bài viết nhắc tới data-client-runtime và &lt;script&gt;</p>',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<script async="" src="/article-tools.js"></script>',
  '<script>self.__next_f.push([1,"payload"])</script></body></html>',
].join('');
const PLAIN = { ...CACHED, 'x-portal-plain-html': '1' };

let answer: Answer = {};
let reached = 0;
let clock = 1_000_000;
const servers: http.Server[] = [];
const memos: PageMemo[] = [];

async function next(_req: IncomingMessage, res: ServerResponse) {
  reached += 1;
  const { status = 200, headers = CACHED, body = '<p>Bài viết</p>', delayMs = 0 } = answer;
  if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.statusCode = status;
  if (answer.gzip) {
    // As Next's compression does: the encoding decided when the headers go.
    res.setHeader('content-encoding', 'gzip');
    res.end(gzipSync(body));
    return;
  }
  res.write(body.slice(0, 3));
  res.end(body.slice(3));
}

async function serve(options: { redisUrl?: string; prefix?: string } = {}) {
  const memo = createPageMemo({ ...options, now: () => clock });
  const server = http.createServer((req, res) => void memo.handle(req, res, next));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  memos.push(memo);
  return { memo, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Over node:http, so what is sent is what is read: no decompression on the way. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{
    status: number;
    headers: http.IncomingHttpHeaders;
    raw: Buffer;
    body: string;
  }>((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          raw,
          body: body.toString(),
        });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

afterEach(async () => {
  answer = {};
  reached = 0;
  for (const server of servers.splice(0)) server.close();
  for (const memo of memos.splice(0)) await memo.close();
});

describe('page memo: what it keeps', () => {
  it('answers a cached public page itself, with the same bytes and headers', async () => {
    const { url } = await serve();
    const first = await get(`${url}/tin-tuc/a`);
    const second = await get(`${url}/tin-tuc/a`);
    expect(reached).toBe(1);
    expect(second.body).toBe('<p>Bài viết</p>');
    expect(first.body).toBe(second.body);
    expect(second.headers['cache-control']).toBe(CACHED['cache-control']);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['content-length']).toBe(String(Buffer.byteLength(first.body)));
    expect(second.headers['x-nextjs-cache']).toBe('HIT');
  });

  it('says HIT from a kept copy, even of the render Next reported as a MISS', async () => {
    answer = { headers: { ...CACHED, 'x-nextjs-cache': 'MISS' } };
    const { url } = await serve();
    const first = await get(`${url}/a`);
    const second = await get(`${url}/a`);
    expect(reached).toBe(1);
    expect([first.headers['x-nextjs-cache'], second.headers['x-nextjs-cache']]).toEqual([
      'HIT',
      'HIT',
    ]);
  });

  it('answers If-None-Match with 304 and HEAD without a body', async () => {
    const { url } = await serve();
    const etag = String((await get(`${url}/`)).headers.etag);
    const revalidated = await get(`${url}/`, { 'if-none-match': `W/${etag}` });
    const head = await get(`${url}/`, {}, 'HEAD');
    expect(reached).toBe(1);
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe('');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  const refused: [string, Answer, string, Record<string, string>?][] = [
    ['private', { headers: { ...CACHED, 'cache-control': 'private, no-store' } }, '/a'],
    ['no s-maxage', { headers: { ...CACHED, 'cache-control': 'public, max-age=60' } }, '/a'],
    ['a cookie set', { headers: { ...CACHED, 'set-cookie': 'x=1' } }, '/a'],
    ['a redirect', { status: 307 }, '/a'],
    ['a 500', { status: 500 }, '/a'],
    [
      'a dynamic render',
      { headers: { 'cache-control': CACHED['cache-control'] } },
      '/tim-kiem?q=a',
    ],
    ['a stale render', { headers: { ...CACHED, 'x-nextjs-cache': 'STALE' } }, '/a'],
    ['a staff path', {}, '/quan-tri/bai-viet'],
    ['the login', {}, '/dang-nhap'],
    ['the API', {}, '/api/health'],
    ['a client navigation', {}, '/a', { rsc: '1' }],
    ['a staff session', {}, '/a', { cookie: 'x=1; authjs.session-token=abc' }],
    ['a split staff session', {}, '/a', { cookie: '__Secure-authjs.session-token.1=abc' }],
    ['draft mode', {}, '/a', { cookie: '__prerender_bypass=1' }],
  ];
  it.each(refused)('keeps nothing for %s', async (_name, given, route, headers = {}) => {
    answer = given;
    const { url } = await serve();
    await get(`${url}${route}`, headers);
    await get(`${url}${route}`, headers);
    expect(reached).toBe(2);
  });

  it('keeps a copy for https apart: the security headers depend on X-Forwarded-Proto', async () => {
    const { url } = await serve();
    answer = { body: 'http' };
    await get(`${url}/a`);
    answer = { body: 'https' };
    const https = await get(`${url}/a`, { 'x-forwarded-proto': 'https' });
    const plain = await get(`${url}/a`, { 'x-forwarded-proto': 'http' });
    expect(reached).toBe(2);
    expect(https.body).toBe('https');
    expect(plain.body).toBe('http');
  });

  it('keeps a cached 404 (its Vietnamese page) like any page', async () => {
    answer = { status: 404, body: '<h1>Không tìm thấy trang</h1>' };
    const { url } = await serve();
    await get(`${url}/tin-tuc/khong-co`);
    const again = await get(`${url}/tin-tuc/khong-co`);
    expect(reached).toBe(1);
    expect(again.status).toBe(404);
    expect(again.body).toBe('<h1>Không tìm thấy trang</h1>');
  });

  it('keeps one copy per address, sent gzipped or plain as the reader asks', async () => {
    answer = { gzip: true, body: '<p>Đầu tư công</p>'.repeat(50) };
    const { url } = await serve();
    const zipped = await get(`${url}/a`, { 'accept-encoding': 'gzip, br' });
    const plain = await get(`${url}/a`);
    await get(`${url}/a?trang=2`, { 'accept-encoding': 'gzip' });
    await get(`${url}/a`, { 'accept-encoding': 'gzip' });
    expect(reached).toBe(2);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.raw.length).toBeLessThan(plain.raw.length);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(answer.body);
    expect(zipped.body).toBe(answer.body);
  });

  it("sends a page its route declares plain without Next's runtime, whatever its text says", async () => {
    answer = { body: page, headers: PLAIN };
    const { url } = await serve();
    const first = await get(`${url}/a`);
    const second = await get(`${url}/a`);
    expect(reached).toBe(1);
    for (const served of [first, second]) {
      expect(served.body).toContain('<h1>Tin</h1>');
      expect(served.body).toContain('href="/_next/static/chunks/a.css"');
      expect(served.body).toContain('{"@type":"NewsArticle"}');
      expect(served.body).toContain('src="/article-tools.js"');
      expect(served.body).toContain('data-client-runtime và &lt;script&gt;');
      expect(served.body).not.toContain('__next_f');
      expect(served.body).not.toContain('b.js');
      expect(served.headers['x-portal-plain-html']).toBeUndefined();
    }
  });

  it('sends a page its route does not declare plain as Next made it', async () => {
    answer = { body: page };
    const { url } = await serve();
    await get(`${url}/a`);
    expect((await get(`${url}/a`)).body).toBe(page);
  });

  it('makes a declared page plain even when it keeps nothing: stale, or for staff', async () => {
    const { url } = await serve();
    answer = { body: page, headers: { ...PLAIN, 'x-nextjs-cache': 'STALE' } };
    const stale = await get(`${url}/a`);
    answer = { body: page, headers: PLAIN };
    const staff = await get(`${url}/b`, { cookie: 'authjs.session-token.0=abc' });
    expect(reached).toBe(2);
    for (const served of [stale, staff]) {
      expect(served.body).toContain('<h1>Tin</h1>');
      expect(served.body).not.toContain('__next_f');
      expect(served.headers['content-length']).toBe(String(Buffer.byteLength(served.body)));
    }
  });
});

describe('page memo: HTTP details', () => {
  it('answers a kept 404 with its page, never 304 (no precondition on a non-2xx)', async () => {
    answer = { status: 404, body: '<h1>Không tìm thấy trang</h1>' };
    const { url } = await serve();
    const etag = String((await get(`${url}/tin-tuc/khong-co`)).headers.etag);
    const again = await get(`${url}/tin-tuc/khong-co`, { 'if-none-match': etag });
    expect(reached).toBe(1);
    expect(again.status).toBe(404);
    expect(again.body).toBe('<h1>Không tìm thấy trang</h1>');
  });

  it.each([
    ['gzip;q=0', false],
    ['gzip;q=0, identity', false],
    ['GZIP', true],
    ['br;q=1, gzip;q=0.5', true],
    ['*', true],
    ['br', false],
  ])('Accept-Encoding %j: gzip %s', async (acceptEncoding, gzip) => {
    answer = { body: '<p>Đầu tư công</p>'.repeat(50) };
    const { url } = await serve();
    await get(`${url}/a`);
    const served = await get(`${url}/a`, { 'accept-encoding': acceptEncoding });
    expect(served.headers['content-encoding']).toBe(gzip ? 'gzip' : undefined);
    expect(served.body).toBe(answer.body);
  });

  it('files "https" with a no-break space under http, as the header rule reads it', async () => {
    const { url } = await serve();
    answer = { body: 'http' };
    await get(`${url}/a`, { 'x-forwarded-proto': 'https\u00a0' });
    answer = { body: 'https' };
    const https = await get(`${url}/a`, { 'x-forwarded-proto': 'https' });
    expect(reached).toBe(2);
    expect(https.body).toBe('https');
  });

  it('gives a HEAD on a cold key the ETag and length a GET gets', async () => {
    answer = { body: page, headers: PLAIN };
    const { url } = await serve();
    const head = await get(`${url}/a`, {}, 'HEAD');
    const got = await get(`${url}/a`);
    expect(reached).toBe(1);
    expect(head.body).toBe('');
    expect(head.headers.etag).toBe(got.headers.etag);
    expect(head.headers['content-length']).toBe(got.headers['content-length']);
  });
});

describe('page memo: how long', () => {
  it('keeps a page s-maxage seconds, then refreshes it once while others get the old copy', async () => {
    const { url } = await serve();
    await get(`${url}/a`);
    clock += 999;
    await get(`${url}/a`);
    expect(reached).toBe(1);
    clock += 2;
    answer = { body: '<p>Mới</p>', delayMs: 200 };
    const refresh = get(`${url}/a`);
    await new Promise((r) => setTimeout(r, 50));
    const meanwhile = await get(`${url}/a`);
    expect(meanwhile.body).toBe('<p>Bài viết</p>');
    expect((await refresh).body).toBe('<p>Mới</p>');
    expect((await get(`${url}/a`)).body).toBe('<p>Mới</p>');
    expect(reached).toBe(2);
  });

  it('never serves a copy older than its lifetime plus the stale window', async () => {
    const { url } = await serve();
    await get(`${url}/a`);
    clock += 1000 + 5000;
    answer = { body: '<p>Mới</p>' };
    expect((await get(`${url}/a`)).body).toBe('<p>Mới</p>');
    expect(reached).toBe(2);
  });

  it('forgets everything when a cache tag is expired in this process', async () => {
    const { url, memo } = await serve();
    await get(`${url}/a`);
    await get(`${url}/b`);
    expect(memo.size).toBe(2);
    expirePageMemo();
    expect(memo.size).toBe(0);
    answer = { body: '<p>Đã gỡ</p>' };
    expect((await get(`${url}/a`)).body).toBe('<p>Đã gỡ</p>');
    expect(reached).toBe(3);
  });

  it('does not keep a render that began before an expiry and ended after it', async () => {
    const { url } = await serve();
    answer = { delayMs: 300 };
    const slow = get(`${url}/a`);
    await new Promise((r) => setTimeout(r, 100));
    expirePageMemo();
    await slow;
    answer = {};
    await get(`${url}/a`);
    expect(reached).toBe(2);
  });
});

describe('page memo across instances (Redis)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-memo-redis-'));
  let port = 0;
  const prefix = `memo-${process.pid}:`;

  beforeAll(async () => {
    port = await freePort();
    await startRedis(port, dir);
    process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
    process.env.REDIS_KEY_PREFIX = prefix;
  });
  afterAll(async () => {
    await stopRedis(port);
    rmSync(dir, { recursive: true, force: true });
  });

  const until = async (check: () => Promise<boolean>, ms = 3000) => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`not true within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('forgets within a poll when another instance expires a tag', async () => {
    const redisUrl = `redis://127.0.0.1:${port}`;
    const a = await serve({ redisUrl, prefix });
    await until(async () => {
      await get(`${a.url}/a`);
      return a.memo.size === 1;
    });
    const before = reached;
    // Instance B's Next expires a tag through the shared cache handler.
    const started = Date.now();
    await new RedisCacheHandler().revalidateTag(['article:a']);
    await until(async () => a.memo.size === 0, 1000);
    expect(Date.now() - started).toBeLessThan(500);
    await get(`${a.url}/a`);
    expect(reached).toBe(before + 1);
  });

  it('keeps nothing while Redis is unreachable, and resumes when it is back', async () => {
    const redisUrl = `redis://127.0.0.1:${port}`;
    const a = await serve({ redisUrl, prefix });
    await until(async () => {
      await get(`${a.url}/a`);
      return a.memo.size === 1;
    });
    await stopRedis(port);
    await until(async () => a.memo.size === 0);
    const before = reached;
    await get(`${a.url}/a`);
    await get(`${a.url}/a`);
    expect(reached).toBe(before + 2);
    await startRedis(port, dir);
    await until(async () => {
      await get(`${a.url}/a`);
      return a.memo.size === 1;
    }, 10_000);
  });
});
