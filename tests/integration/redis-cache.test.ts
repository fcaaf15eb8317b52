import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../lib/db/embedded';
import {
  startRedis as startRedisServer,
  stopRedis as stopRedisServer,
} from '../../scripts/lib/redis-server';

// A Redis of this test's own, on a free port, so it can be stopped and
// started again; append-only so its data survives being stopped.
let port = 0;
const dir = mkdtempSync(path.join(tmpdir(), 'portal-redis-'));

type Handler = {
  get(key: string, ctx: { tags?: string[] }): Promise<{ value: unknown } | null>;
  set(key: string, data: unknown, ctx: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};
let handler: Handler;

async function startRedis(): Promise<void> {
  await startRedisServer(port, dir);
  void handler.get('warm-up', {}); // opens the shared connection
  return waitFor(async () => (await handlerReady()) === true, 10_000);
}

const stopRedis = () => stopRedisServer(port);

/** The handler's connection is up and, after an outage, its recovery written. */
async function handlerReady(): Promise<boolean> {
  const holder = globalThis as unknown as {
    __portalRedisCache?: { client: { isReady: boolean }; recovering: boolean };
  };
  const state = holder.__portalRedisCache;
  return state?.client.isReady === true && !state.recovering;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const page = (html: string, tags = 'article:a,articles') => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc:${html}`),
  segmentData: new Map([['/_index', Buffer.from('segment')]]),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
});

beforeAll(async () => {
  port = await freePort();
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
  process.env.REDIS_KEY_PREFIX = `test-${process.pid}:`;
  const { default: RedisCacheHandler } = await import('../../lib/cache/redis-handler.mjs');
  handler = new RedisCacheHandler();
  await startRedis();
});

afterAll(async () => {
  await stopRedis();
  rmSync(dir, { recursive: true, force: true });
});

describe('the Redis cache handler', () => {
  it('returns a page as stored, Buffers and Maps included', async () => {
    await handler.set('p1', page('one'), {});
    const hit = await handler.get('p1', {});
    expect(hit?.value).toEqual(page('one'));
  });

  it('an expired tag, from any handler, makes the entry a miss', async () => {
    await handler.set('p2', page('two'), {});
    await handler.set('d2', { kind: 'FETCH', data: { body: 'x' } }, { tags: ['plan:2023'] });
    await new Promise((r) => setTimeout(r, 5));
    const other = new (handler.constructor as new () => Handler)();
    await other.revalidateTag(['article:a']);
    expect(await handler.get('p2', {})).toBeNull();
    expect(await handler.get('d2', { tags: ['plan:2023'] })).not.toBeNull();
    await other.revalidateTag('plan:2023');
    expect(await handler.get('d2', { tags: ['plan:2023'] })).toBeNull();
  });

  it('Redis down: misses at once, no error; back: nothing from before the outage is trusted', async () => {
    await handler.set('p3', page('three', 'article:c,articles'), {});
    await handler.set('p4', { kind: 'FETCH', data: { body: 'kept' } }, { tags: ['other'] });
    expect(await handler.get('p3', {})).not.toBeNull();

    await stopRedis();
    const started = Date.now();
    expect(await handler.get('p3', {})).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
    await handler.set('p5', page('five'), {}); // dropped, no throw
    await handler.revalidateTag('articles'); // p3 depends on it

    await startRedis(); // its data survived: p3 and p4 are still stored
    expect(await handler.get('p3', {})).toBeNull();
    // Another instance may have expired p4's tag during the outage without reaching Redis.
    expect(await handler.get('p4', { tags: ['other'] })).toBeNull();
    await new Promise((r) => setTimeout(r, 3100)); // renders begun before the return are over
    await handler.set('p6', { kind: 'FETCH', data: { body: 'new' } }, { tags: ['fresh'] });
    expect((await handler.get('p6', { tags: ['fresh'] }))?.value).toMatchObject({
      data: { body: 'new' },
    });
  });

  it('a render that read before a tag expired is not stored after it', async () => {
    await handler.revalidateTag('race');
    await handler.set('p7', { kind: 'FETCH', data: { body: 'old' } }, { tags: ['race'] });
    expect(await handler.get('p7', { tags: ['race'] })).toBeNull();
  });
});
