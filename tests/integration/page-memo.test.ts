import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expirePageMemo } from '../../lib/cache/memo-signal.mjs';
import { createPageMemo, type PageMemo } from '../../lib/cache/page-memo.mjs';
import RedisCacheHandler from '../../lib/cache/redis-handler.mjs';
import { freePort } from '../../lib/db/embedded';
import { startRedis, stopRedis } from '../../scripts/lib/redis-server';

// The memo in front of a stand-in for Next's handler, over real HTTP: the
// stand-in answers as Next does for a cached page, and counts what reaches it.
type Answer = { status?: number; headers?: Record<string, string>; body?: string; delayMs?: number };
const CACHED = {
  'cache-control': 'public, max-age=0, s-maxage=1, stale-while-revalidate=5',
  'x-nextjs-cache': 'HIT',
  etag: '"v1"',
  'content-type': 'text/html; charset=utf-8',
};

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

async function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await fetch(url, { headers, method });
  return { status: response.status, headers: response.headers, body: await response.text() };
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
    expect(second.body).toBe(first.body);
    expect(second.headers.get('cache-control')).toBe(CACHED['cache-control']);
    expect(second.headers.get('etag')).toBe('"v1"');
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(first.body)));
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
  });

  it('answers If-None-Match with 304 and HEAD without a body', async () => {
    const { url } = await serve();
    await get(`${url}/`);
    const revalidated = await get(`${url}/`, { 'if-none-match': 'W/"v1"' });
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
    ['a 404', { status: 404 }, '/a'],
    ['a 500', { status: 500 }, '/a'],
    ['a dynamic render', { headers: { 'cache-control': CACHED['cache-control'] } }, '/tim-kiem?q=a'],
    ['a stale render', { headers: { ...CACHED, 'x-nextjs-cache': 'STALE' } }, '/a'],
    ['a staff path', {}, '/quan-tri/bai-viet'],
    ['the login', {}, '/dang-nhap'],
    ['the API', {}, '/api/health'],
    ['a client navigation', {}, '/a', { rsc: '1' }],
    ['a staff session', {}, '/a', { cookie: 'authjs.session-token=abc' }],
    ['draft mode', {}, '/a', { cookie: '__prerender_bypass=1' }],
  ];
  it.each(refused)('keeps nothing for %s', async (_name, given, route, headers = {}) => {
    answer = given;
    const { url } = await serve();
    await get(`${url}${route}`, headers);
    await get(`${url}${route}`, headers);
    expect(reached).toBe(2);
  });

  it('keeps one copy per Accept-Encoding and per query string', async () => {
    const { url } = await serve();
    await get(`${url}/a`, { 'accept-encoding': 'gzip' });
    await get(`${url}/a`, { 'accept-encoding': 'identity' });
    await get(`${url}/a?trang=2`, { 'accept-encoding': 'gzip' });
    await get(`${url}/a`, { 'accept-encoding': 'gzip' });
    expect(reached).toBe(3);
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
