import path from 'node:path';
import {
  FORM_ANSWER_CACHE_CONTROL,
  FORM_ANSWER_ROUTES,
  PRIVATE_CACHE_CONTROL,
  PUBLIC_CACHE_CONTROL,
} from './policy.mjs';

/**
 * What a shared cache in front of the portal (nginx, a CDN) may keep, and for
 * how long. Read by next.config.ts, so nothing here may import server code.
 *
 * A take-down must be gone everywhere within about a second: public pages
 * may be kept a second by a shared cache and served a few seconds stale only
 * while it revalidates (a spike then costs one request a second per page to
 * the servers). Browsers keep nothing (max-age=0) and revalidate cheaply with
 * the ETag Next sends. Staff pages, login, preview, Server Actions and the API
 * are never stored anywhere. The values are in policy.mjs.
 */

/** Top-level paths that are never public pages. `_next` and `media` keep their own headers. */
const PRIVATE_ROOTS = ['quan-tri', 'dang-nhap', 'api'];
const OWN_HEADERS = ['_next', 'media'];

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

/**
 * Rules for next.config.ts `headers()`; Next keeps a Cache-Control set there,
 * over the one a route handler sets, and of two rules that match, the later
 * one wins: the form answers' rules come after the public pages' one.
 */
export function cacheControlRules(): HeaderRule[] {
  const notPublic = [...PRIVATE_ROOTS, ...OWN_HEADERS].join('|');
  const publicHeaders = [{ key: 'Cache-Control', value: PUBLIC_CACHE_CONTROL }];
  return [
    { source: '/', headers: publicHeaders },
    {
      source: `/:path((?!(?:${notPublic})(?:/|$)).*)`,
      headers: publicHeaders,
    },
    ...PRIVATE_ROOTS.flatMap((root) => [
      { source: `/${root}`, headers: [{ key: 'Cache-Control', value: PRIVATE_CACHE_CONTROL }] },
      {
        source: `/${root}/:path*`,
        headers: [{ key: 'Cache-Control', value: PRIVATE_CACHE_CONTROL }],
      },
    ]),
    ...FORM_ANSWER_ROUTES.map((source) => ({
      source,
      headers: [{ key: 'Cache-Control', value: FORM_ANSWER_CACHE_CONTROL }],
    })),
  ];
}

/** The shared cache handler, when REDIS_URL is set (see lib/cache/redis-handler.mjs). */
export function sharedCacheHandler(redisUrl: string | undefined): string | undefined {
  return redisUrl ? path.join(process.cwd(), 'lib/cache/redis-handler.mjs') : undefined;
}
