import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPublishedArticle } from '../../lib/articles/queries';
import { onPageMemoExpiry } from '../../lib/cache/memo-signal.mjs';
import type RedisCacheHandler from '../../lib/cache/redis-handler.mjs';
import { cacheTags } from '../../lib/cache/tags';
import { freePort } from '../../lib/db/embedded';
import { resetEnvCache } from '../../lib/env';
import { startScheduler, stopScheduler } from '../../lib/jobs/scheduler';
import { approveRevision } from '../../lib/workflow/transitions';
import { startRedis, stopRedis } from '../../scripts/lib/redis-server';
import { castEachTest } from '../helpers/integration';
import { sleep, submittedRevision } from '../helpers/workflow-fixtures';

// The shared cache of a real deployment: a Redis of this test's own, and the
// cache handler Next would use with it. Nothing serves HTTP here: the
// scheduler has no request to ride on, as in the server.
let port = 0;
const dir = mkdtempSync(path.join(tmpdir(), 'portal-scheduler-redis-'));
let handler: RedisCacheHandler;
let memoExpiries = 0;

beforeAll(async () => {
  port = await freePort();
  await startRedis(port, dir);
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
  process.env.REDIS_KEY_PREFIX = `scheduler-${process.pid}:`;
  resetEnvCache();
  const { default: Handler } = await import('../../lib/cache/redis-handler.mjs');
  handler = new Handler();
  onPageMemoExpiry(() => {
    memoExpiries += 1;
  });
});

afterAll(async () => {
  stopScheduler();
  onPageMemoExpiry(undefined);
  await stopRedis(port);
  rmSync(dir, { recursive: true, force: true });
  delete process.env.REDIS_URL;
  delete process.env.REDIS_KEY_PREFIX;
  resetEnvCache();
});

const c = castEachTest();

/** A cached list page, as Next stores one: tagged with the article lists it shows. */
const LIST = { kind: 'FETCH', data: { body: 'the list before the publication' } };
const listTags = { tags: [cacheTags.articleLists] };

async function cachedList(): Promise<unknown> {
  return (await handler.get('home-list', listTags))?.value ?? null;
}

describe('the in-process scheduler', () => {
  it('publishes a revision scheduled 2 s ahead by itself and expires what showed the lists, with no request', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    await approveRevision(c.approver, s.revision.id, s.revision.version, {
      publishAt: new Date(Date.now() + 2_000),
    });
    // The first calls find the connection still opening and store nothing.
    const store = async () => {
      await handler.set('home-list', LIST, listTags);
      return cachedList();
    };
    await expect.poll(store, { timeout: 5_000 }).toEqual(LIST);
    memoExpiries = 0;
    startScheduler(200);
    await sleep(1_000);
    expect(await loadPublishedArticle(s.article.slug)).toBeNull();
    expect(await cachedList(), 'nothing due yet: the cache stays').toEqual(LIST);
    expect(memoExpiries).toBe(0);

    let page = null;
    for (let i = 0; i < 40 && !page; i++) {
      await sleep(100);
      page = await loadPublishedArticle(s.article.slug);
    }
    expect(page).not.toBeNull();
    await expect.poll(cachedList, { timeout: 1_000 }).toBeNull();
    expect(memoExpiries, "this process's page memo forgot too").toBeGreaterThan(0);
    stopScheduler();
  });
});
