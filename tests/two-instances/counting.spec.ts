import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { pollUntil, sleep } from '../e2e/support/poll';

// Reads counted in the real layout: each instance counts what it serves
// (from its page memo or from Next), nginx sends a count-only copy of every
// page request it answers (from its micro-cache or not) and marks the one
// it proxies as not to be counted again. So reads through A, B and nginx
// add up exactly, once each, in the one database, after the instances'
// batched writes (every 5 s).

const port = (name: string) => process.env[name] ?? '';
const A = `http://127.0.0.1:${port('TWO_A_PORT')}`;
const B = `http://127.0.0.1:${port('TWO_B_PORT')}`;
const NGINX = `http://127.0.0.1:${port('TWO_NGINX_PORT')}`;
/** A page no other two-instance test reads. */
const PAGE = '/lien-he';
const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

const databaseUrl = () =>
  (
    JSON.parse(readFileSync('tests/artifacts/two-instances.json', 'utf8')) as {
      databaseUrl: string;
    }
  ).databaseUrl;

async function viewsOf(path: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ views: string | null }>(
      'SELECT sum(views) AS views FROM "PageViewDaily" WHERE path = $1',
      [path],
    );
    return Number(rows[0]?.views ?? 0);
  } finally {
    await client.end();
  }
}

async function read(base: string, ua: string): Promise<number> {
  const response = await fetch(`${base}${PAGE}`, { headers: { 'user-agent': ua } });
  await response.text();
  return response.status;
}

test('reads through A, B and nginx are each counted once; a crawler is not counted', async () => {
  test.setTimeout(120_000);
  // Whatever earlier requests left in the instances' batches is written first.
  await sleep(6_000);
  const before = await viewsOf(PAGE);
  const reads = { [A]: 40, [B]: 40, [NGINX]: 80 };
  for (const [base, n] of Object.entries(reads)) {
    for (let i = 0; i < n; i += 1) expect(await read(base, BROWSER), base).toBe(200);
  }
  // Crawlers, direct and through nginx: served, never counted.
  for (const base of [A, NGINX]) {
    for (let i = 0; i < 10; i += 1) {
      expect(await read(base, 'Googlebot/2.1 (+http://www.google.com/bot.html)')).toBe(200);
    }
  }
  const expected = before + 160;
  const done = await pollUntil(async () => (await viewsOf(PAGE)) >= expected, Date.now(), 20_000);
  expect(done, 'counts written within 20 s').not.toBeNull();
  // Two more flushes: nothing counted twice arrives late.
  await sleep(11_000);
  expect(await viewsOf(PAGE)).toBe(expected);
});
