import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '../../app/api/internal/publish-due/route';
import { loadPublishedArticle } from '../../lib/articles/queries';
import { resetEnvCache } from '../../lib/env';
import { INTERNAL_TOKEN_HEADER, internalToken } from '../../lib/workflow/internal-token';
import { PUBLISH_DUE_PATH, startScheduler, stopScheduler } from '../../lib/workflow/scheduler';
import { approveRevision } from '../../lib/workflow/transitions';
import { castEachTest } from '../helpers/integration';
import { sleep, submittedRevision } from '../helpers/workflow-fixtures';

// Stands in for the Next server: passes each request to the route handler.
let server: http.Server;
let calls = 0;
let originalPort: string | undefined;

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    calls += 1;
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const response = await POST(
      new Request(`http://127.0.0.1${req.url}`, { method: 'POST', headers }),
    );
    res.writeHead(response.status, { 'content-type': 'application/json' });
    res.end(await response.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  originalPort = process.env.PORT;
  process.env.PORT = String((server.address() as AddressInfo).port);
  resetEnvCache();
});

afterAll(async () => {
  stopScheduler();
  await new Promise((resolve) => server.close(resolve));
  if (originalPort === undefined) delete process.env.PORT;
  else process.env.PORT = originalPort;
  resetEnvCache();
});

const c = castEachTest();

function post(token: string | null) {
  const headers = token === null ? undefined : { [INTERNAL_TOKEN_HEADER]: token };
  return POST(new Request(`http://127.0.0.1${PUBLISH_DUE_PATH}`, { method: 'POST', headers }));
}

describe('the publish-due route', () => {
  it('answers 404 without the process token, and publishes nothing', async () => {
    internalToken();
    const s = await submittedRevision(c.editor, c.categoryId);
    await approveRevision(c.approver, s.revision.id, s.revision.version, {
      publishAt: new Date(Date.now() + 200),
    });
    await sleep(250);
    expect((await post(null)).status).toBe(404);
    expect((await post('wrong-token-guess')).status).toBe(404);
    expect(await loadPublishedArticle(s.article.slug)).toBeNull();

    const ok = await post(internalToken());
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ promoted: [s.article.slug], failed: 0 });
    expect(await loadPublishedArticle(s.article.slug)).not.toBeNull();
  });
});

describe('the in-process scheduler', () => {
  it('publishes a revision scheduled 2 s ahead by itself, through its own HTTP route', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    await approveRevision(c.approver, s.revision.id, s.revision.version, {
      publishAt: new Date(Date.now() + 2_000),
    });
    calls = 0;
    startScheduler(200);
    await sleep(1_000);
    expect(calls).toBeGreaterThan(0); // it is running, including a start-up call
    expect(await loadPublishedArticle(s.article.slug)).toBeNull();

    let page = null;
    for (let i = 0; i < 40 && !page; i++) {
      await sleep(100);
      page = await loadPublishedArticle(s.article.slug);
    }
    expect(page).not.toBeNull();
    stopScheduler();
  });
});
