import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageMemo } from '../../lib/cache/page-memo.mjs';
import { createCounter, vnDayOf } from '../../lib/counting/counter.mjs';
import { db } from '../../lib/db/client';
import { env } from '../../lib/env';
import { castEachTest } from '../helpers/integration';
import { publishedArticle } from '../helpers/workflow-fixtures';

// The serving layer as scripts/serve.mjs builds it: the counter in front of
// the page memo, in front of a stand-in for Next that answers as Next does
// for a cached page and counts what reaches it.
const c = castEachTest();
const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

let reached = 0;
let url = '';
let server: http.Server;
const counter = createCounter({ databaseUrl: String(env().DATABASE_URL), flushMs: 60_000 });
const memo = createPageMemo({});

function next(_req: IncomingMessage, res: ServerResponse) {
  reached += 1;
  res.setHeader('cache-control', 'public, max-age=0, s-maxage=1, stale-while-revalidate=5');
  res.setHeader('x-nextjs-cache', 'HIT');
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end('<h1>Bài viết</h1>');
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (counter.observe(req, res)) return;
    void memo.handle(req, res, next);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await counter.close();
  await memo.close();
});

async function read(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(url + path, { headers: { 'user-agent': BROWSER, ...headers } });
  await res.arrayBuffer();
  return res;
}

/** A published article titled so that its slug is `slug` (the product makes it from the title). */
async function article(slug = 'bai-duoc-doc') {
  const title = slug.replaceAll('-', ' ');
  const { revision } = await publishedArticle(c.editor, c.approver, c.categoryId, { title });
  const { slug: made } = await db().article.findUniqueOrThrow({
    where: { id: revision.articleId },
  });
  expect(made).toBe(slug);
  return revision.articleId;
}

describe('counting reads in the serving layer', () => {
  it('counts 1,000 reads through the memo exactly, after a flush', async () => {
    const articleId = await article();
    reached = 0;
    const sent: Promise<Response>[] = [];
    for (let i = 0; i < 1000; i++) {
      sent.push(
        read(`/tin-tuc/bai-duoc-doc${i % 3 === 0 ? '?utm_source=zalo' : ''}`, {
          'x-forwarded-for': `203.0.113.${i % 50}`,
          ...(i % 2 ? { 'user-agent': PHONE } : {}),
          ...(i % 5 === 0 ? { referer: 'https://www.baochinhphu.vn/tin/abc?email=a@b.vn' } : {}),
        }),
      );
      if (sent.length % 50 === 0) await Promise.all(sent.splice(0));
    }
    await Promise.all(sent);
    // The memo answered most of them: Next was reached a handful of times.
    expect(reached).toBeLessThan(50);
    await counter.flush();
    const today = vnDayOf(Date.now());
    const row = await db().pageViewDaily.findFirstOrThrow({ where: { articleId } });
    expect(row.views).toBe(1000);
    expect(row.path).toBe('/tin-tuc/bai-duoc-doc');
    expect(row.categoryId).toBe(c.categoryId);
    const site = await db().siteDaily.findFirstOrThrow();
    expect(site.views).toBe(1000);
    const devices = await db().deviceDaily.findMany({ orderBy: { device: 'asc' } });
    expect(devices.map((d) => [d.device, d.views])).toEqual([
      ['desktop', 500],
      ['mobile', 500],
    ]);
    const referrers = await db().referrerDaily.findMany({ orderBy: { domain: 'asc' } });
    expect(referrers.map((r) => [r.domain, r.views])).toEqual([
      ['(direct)', 800],
      ['baochinhphu.vn', 200],
    ]);
    // 50 addresses, each with two user agents at most (even/odd i with i % 50 fixed: one each).
    expect(await db().visitorHash.count({ where: { day: new Date(`${today}T00:00:00Z`) } })).toBe(
      50,
    );
  });

  it('does not count bots, prefetches, staff sessions, HEAD, feeds or unknown addresses', async () => {
    await article('bai-khac');
    await read('/tin-tuc/bai-khac', { 'user-agent': BOT });
    await read('/tin-tuc/bai-khac', { 'user-agent': '' });
    await read('/tin-tuc/bai-khac', { 'next-router-prefetch': '1' });
    await read('/tin-tuc/bai-khac', { cookie: 'authjs.session-token=abc' });
    await fetch(`${url}/tin-tuc/bai-khac`, { method: 'HEAD', headers: { 'user-agent': BROWSER } });
    await read('/rss.xml');
    await read('/tin-tuc/khong-co-bai-nay');
    await read('/tin-tuc/bai-khac', { 'x-portal-count': 'skip' });
    await counter.flush();
    expect(await db().pageViewDaily.count()).toBe(0);
    expect(await db().siteDaily.count()).toBe(0);
    // And one real read is counted.
    await read('/tin-tuc/bai-khac');
    await counter.flush();
    expect((await db().siteDaily.findFirstOrThrow()).views).toBe(1);
  });

  it("counts nginx's mirrored reads without rendering, and only public addresses", async () => {
    await article('bai-qua-nginx');
    reached = 0;
    const mirrored = await read('/tin-tuc/bai-qua-nginx', { 'x-portal-count': 'mirror' });
    expect(mirrored.status).toBe(204);
    await read('/tin-tuc/bai-chua-dang', { 'x-portal-count': 'mirror' });
    await read('/chuyen-muc/khong-co', { 'x-portal-count': 'mirror' });
    expect(reached).toBe(0);
    await counter.flush();
    const rows = await db().pageViewDaily.findMany();
    expect(rows.map((r) => [r.path, r.views])).toEqual([['/tin-tuc/bai-qua-nginx', 1]]);
  });

  it('keeps no raw address, user agent or cookie: not in any table, not in a response', async () => {
    await article('bai-rieng-tu');
    const address = '198.51.100.77';
    const res = await read('/tin-tuc/bai-rieng-tu', {
      'x-forwarded-for': address,
      cookie: 'theo-doi=xyz',
      referer: 'https://mxh.example/ho-so/nguyen-van-a?sdt=0912345678',
    });
    expect(res.headers.get('set-cookie')).toBeNull();
    expect([...res.headers.values()].join('\n')).not.toContain(address);
    await counter.flush();
    const tables = ['PageViewDaily', 'SiteDaily', 'VisitorHash', 'ReferrerDaily', 'DeviceDaily'];
    for (const table of tables) {
      const rows = await db().$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}"`);
      expect(rows.length).toBeGreaterThan(0);
      const text = JSON.stringify(rows);
      for (const secret of [
        address,
        'theo-doi',
        'Chrome/140',
        'ho-so',
        '0912345678',
        'mxh.example/',
      ]) {
        expect(text, `${table} holds ${secret}`).not.toContain(secret);
      }
    }
  });

  it('ends a day: its visitor count stays, its hashes go', async () => {
    await article('bai-qua-ngay');
    await read('/tin-tuc/bai-qua-ngay');
    await counter.flush();
    // The day's hashes moved a day back, as if the day had ended.
    await db().$executeRaw`UPDATE "VisitorHash" SET day = day - 1`;
    await counter.flush();
    expect(await db().visitorHash.count()).toBe(0);
    const days = await db().siteDaily.findMany({ orderBy: { day: 'asc' } });
    expect(days[0]?.visitors).toBe(1);
  });
});
