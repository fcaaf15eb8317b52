// @ts-check
// The production server: Next's own request handler (the same one `next
// start` runs) behind the page memo, a shared cache in this process that
// answers what Next already cached without running Next's pipeline again
// (lib/cache/page-memo.mjs). Started by scripts/lib/next-server.ts with PORT
// set; reads REDIS_URL and REDIS_KEY_PREFIX as the cache handler does.
// PAGE_MEMO=off serves Next's answers as Next makes them, to compare with:
// tests/e2e/memo-contract.spec.ts checks the memo's assumptions against them.
import http from 'node:http';
import next from 'next';
import { createPageMemo } from '../lib/cache/page-memo.mjs';
import { createCounter } from '../lib/counting/counter.mjs';
import { createFormPosts } from './lib/form-posts.mjs';

const port = Number(process.env.PORT || 3000);
const app = next({ dev: false, dir: process.cwd(), port, hostname: 'localhost' });
await app.prepare();
const nextHandler = app.getRequestHandler();
const memo =
  process.env.PAGE_MEMO === 'off'
    ? null
    : createPageMemo({
        redisUrl: process.env.REDIS_URL || undefined,
        prefix: process.env.REDIS_KEY_PREFIX || 'portal:',
      });

// Reads of public pages, counted here so the memo's answers count too
// (lib/counting/counter.mjs). COUNT_READS=off turns it off.
const databaseUrl = process.env.DATABASE_URL;
const counter =
  databaseUrl && process.env.COUNT_READS !== 'off' ? createCounter({ databaseUrl }) : null;

// Readers' feedback posts, answered here rather than through Next's
// pipeline (scripts/lib/form-posts.mjs). FORM_POSTS=off leaves them to Next.
const formPosts =
  process.env.FORM_POSTS === 'off' ? null : await createFormPosts({ dir: process.cwd() });

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
function toNext(req, res) {
  return Promise.resolve(nextHandler(req, res)).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Lỗi máy chủ');
  });
}

const server = http.createServer((req, res) => {
  if (counter?.observe(req, res)) return;
  if (formPosts?.handle(req, res)) return;
  if (memo) void memo.handle(req, res, toNext);
  else void toNext(req, res);
});
server.listen(port, () => console.log(`[server] listening on port ${port}`));

let stopping = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), 5000).unref();
    server.close();
    server.closeIdleConnections();
    void Promise.allSettled([memo?.close(), counter?.close(), app.close()]).then(() =>
      process.exit(0),
    );
  });
}
