// @ts-check
/**
 * Every cache lifetime of the portal, defined once. TypeScript (Next's
 * bundle) and the plain modules the server loads outside it (page-memo.mjs,
 * redis-handler.mjs, expiry-watch.mjs) import these; the route segment
 * configs (`export const revalidate`, which Next must read as a literal) and
 * deploy/nginx.conf cannot, so tests/unit/cache-policy.test.ts holds them to
 * these values.
 *
 * Freshness never rests on a lifetime alone: a publish or take-down expires
 * the cache tags of what showed the article at once (lib/cache/expire.ts).
 * The lifetimes bound what a forgotten tag, or a cache that hears of no
 * expiry (nginx, a CDN), can keep showing.
 */

/**
 * Next's page and data cache: how long an entry may live with no expiry of
 * its tags. A safety net only, since tags expire entries on every change.
 */
export const SAFETY_NET_SECONDS = 3600;

/**
 * Pages that show what time makes true (a consultation's window opening or
 * closing, an event passing from "upcoming", a planned activity turning
 * late), which no tag expiry announces:
 * a copy lives this long at most.
 */
export const CLOCK_BOUND_SECONDS = 60;

/**
 * The route segments that set `revalidate` to something other than the
 * safety net, and to which lifetime (Next reads the literal; a unit test
 * holds it to this list).
 */
export const CLOCK_BOUND_ROUTES = [
  'app/(public)/du-thao/[slug]/page.tsx',
  // The home page's next events and open consultations.
  'app/(public)/trang-chu/[ban]/page.tsx',
  'app/(public)/ke-hoach-truyen-thong/[year]/page.tsx',
];

/**
 * How long a shared cache (nginx's micro-cache, a CDN, the page memo) may
 * keep a public page: a take-down must be gone everywhere within about a
 * second, and a spike then costs one request a second per page.
 */
export const SHARED_MAX_AGE_SECONDS = 1;

/** How long past that a shared cache may serve its copy while one request refreshes it. */
export const STALE_WHILE_REVALIDATE_SECONDS = 5;
export const STALE_WHILE_REVALIDATE_MS = STALE_WHILE_REVALIDATE_SECONDS * 1000;

/** The Cache-Control of every public page; browsers keep nothing and revalidate with the ETag. */
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_MAX_AGE_SECONDS}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`;
/** Staff pages, login, preview, Server Actions and the API: never stored anywhere. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';
/**
 * The pages the public forms answer with (what one person typed, their email):
 * never stored, and not gzipped by Next (no-transform). They are a few KB,
 * answered to every submission in a burst, where compressing each cost about
 * as much CPU as storing it; nginx in front still gzips them.
 */
export const FORM_ANSWER_CACHE_CONTROL = 'private, no-store, no-transform';
/** Where those answers are served (next.config.ts `headers()` sources). */
export const FORM_ANSWER_ROUTES = [
  '/tin-tuc/:slug/y-kien',
  '/du-thao/:slug/gop-y',
  '/y-kien/xac-nhan',
];

/**
 * Redis deletes a shared cache entry this long after it was written, read
 * or not: longer than the safety net, so Next's own revalidation decides and
 * Redis only collects what nobody asks for any more.
 */
export const REDIS_ENTRY_TTL_SECONDS = 24 * 3600;

/**
 * A render that began before a tag expired may finish after it and would
 * store what it read before the change: entries whose tags were expired this
 * recently are not stored. Bounded by the slowest render.
 */
export const RENDER_SETTLE_MS = 3000;

/** How often each server's page memo reads the expiry counter other instances increment. */
export const EXPIRY_POLL_MS = 50;
/** Without a successful read of that counter this recent, the page memo keeps nothing. */
export const EXPIRY_FRESH_MS = 300;
