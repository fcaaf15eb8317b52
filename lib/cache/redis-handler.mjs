// @ts-check
/**
 * Next.js cache handler (`cacheHandler` in next.config.ts) that keeps the page
 * and data cache, and the tag expiry times, in Redis, so every instance of the
 * portal sees one cache: a tag expired on one instance is expired for all at
 * once (the next read compares the entry's age with the tag's expiry time).
 *
 * Loaded by Next at run time with a plain `import()`, hence JavaScript; its
 * typed logic is checked by `@ts-check` and tests/integration/redis-cache.
 *
 * When Redis cannot be reached, every read is a miss and every write is
 * dropped: pages are rendered from the database (slower, never stale, never
 * an error). Tag expiries that could not be written are kept in this process,
 * applied to every read, and written as soon as Redis is back. Another
 * instance may have expired tags meanwhile without being able to write them,
 * so when Redis returns, before using it again, each instance that saw the
 * outage expires everything stored before (the tag ALL): the cache starts
 * cold, never stale.
 */
import { createClient } from '@redis/client';
import { RENDER_SETTLE_MS, REDIS_ENTRY_TTL_SECONDS } from './policy.mjs';
import { decode, encode, tagsOf } from './redis-codec.mjs';

/** A Redis call slower than this counts as an outage for that request. */
const TIMEOUT_MS = 500;
/** A tag every entry has: expiring it expires the whole cache. */
const ALL = '*';

/**
 * @typedef {{
 *   client: ReturnType<typeof createClient>,
 *   prefix: string,
 *   pending: Map<string, number>,
 *   problem: string | null,
 *   recovering: boolean,
 * }} Shared
 */

/** One connection per process: Next makes a handler per request. */
function shared() {
  const holder = /** @type {{ __portalRedisCache?: Shared }} */ (globalThis);
  holder.__portalRedisCache ??= connect();
  return holder.__portalRedisCache;
}

/** @returns {Shared} */
function connect() {
  const client = createClient({
    url: process.env.REDIS_URL,
    // Fail at once while disconnected instead of queueing behind an outage.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1000,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1000),
    },
  });
  /** @type {Shared} */
  const state = {
    client,
    prefix: process.env.REDIS_KEY_PREFIX || 'portal:',
    pending: new Map(),
    problem: null,
    recovering: false,
  };
  client.on('error', (error) => {
    // The connection failed: what happened meanwhile elsewhere is unknown.
    state.recovering = true;
    report(state, error);
  });
  client.on('ready', () => {
    report(state, null);
    void flushPending(state);
  });
  client.connect().catch((error) => report(state, error));
  return state;
}

/**
 * Logs changes of state only: an outage must not print a line per request.
 * @param {Shared} state
 * @param {unknown} error
 */
function report(state, error) {
  const problem = error === null ? null : error instanceof Error ? error.message : String(error);
  if (problem === state.problem) return;
  if (problem) console.error(`[cache] Redis unavailable, rendering from the database: ${problem}`);
  else if (state.problem) console.info('[cache] Redis available again');
  state.problem = problem;
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @returns {Promise<T>}
 */
function withTimeout(promise) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Redis did not answer in ${TIMEOUT_MS} ms`)),
      TIMEOUT_MS,
    );
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() =>
    clearTimeout(timer),
  );
}

/**
 * The latest expiry time of any of `tags`, from Redis and from expiries this
 * process could not write yet; 0 when none was ever expired.
 * @param {Shared} state
 * @param {string[]} tags
 */
async function latestExpiry(state, tags) {
  if (tags.length === 0) return 0;
  const stored = await withTimeout(state.client.hmGet(`${state.prefix}tags`, tags));
  let latest = 0;
  for (const [i, tag] of tags.entries()) {
    latest = Math.max(latest, Number(stored[i] ?? 0), state.pending.get(tag) ?? 0);
  }
  return latest;
}

/** Whether reads and writes may use Redis now. @param {Shared} state */
function usable(state) {
  return state.client.isReady && !state.recovering;
}

/** @param {Shared} state */
async function flushPending(state) {
  if (state.recovering) state.pending.set(ALL, Date.now());
  if (state.pending.size === 0) return;
  const batch = new Map(state.pending);
  try {
    const fields = Object.fromEntries([...batch].map(([tag, at]) => [tag, String(at)]));
    // The counter tells every instance's page memo (page-memo.mjs) to forget.
    await withTimeout(
      state.client.multi().hSet(`${state.prefix}tags`, fields).incr(`${state.prefix}epoch`).exec(),
    );
    for (const [tag, at] of batch) if (state.pending.get(tag) === at) state.pending.delete(tag);
    if (batch.has(ALL)) state.recovering = false;
  } catch (error) {
    report(state, error);
  }
}

export default class RedisCacheHandler {
  /**
   * @param {string} key
   * @param {{ tags?: string[], softTags?: string[] }} ctx
   */
  async get(key, ctx) {
    const state = shared();
    if (!usable(state)) return null;
    // An expiry whose write timed out is written again at the next read.
    if (state.pending.size > 0) void flushPending(state);
    try {
      const raw = await withTimeout(state.client.get(`${state.prefix}entry:${key}`));
      if (!raw) return null;
      const entry = decode(raw);
      const tags = [
        ...new Set([ALL, ...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]),
      ];
      if ((await latestExpiry(state, tags)) >= entry.lastModified) return null;
      return entry;
    } catch (error) {
      report(state, error);
      return null;
    }
  }

  /**
   * @param {string} key
   * @param {unknown} data
   * @param {{ tags?: string[], cacheControl?: unknown }} ctx
   */
  async set(key, data, ctx) {
    const state = shared();
    if (!usable(state) || data === null || data === undefined) return;
    try {
      const now = Date.now();
      const tags = tagsOf(data, ctx);
      if ((await latestExpiry(state, [ALL, ...tags])) > now - RENDER_SETTLE_MS) return;
      const value = encode({
        lastModified: now,
        value: data,
        tags,
        cacheControl: ctx?.cacheControl,
      });
      await withTimeout(
        state.client.set(`${state.prefix}entry:${key}`, value, {
          expiration: { type: 'EX', value: REDIS_ENTRY_TTL_SECONDS },
        }),
      );
    } catch (error) {
      report(state, error);
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const state = shared();
    const now = Date.now();
    // Recorded first: reads in this process honour it even if Redis is down.
    for (const tag of [tags].flat()) state.pending.set(tag, now);
    if (state.client.isReady) await flushPending(state);
  }

  resetRequestCache() {}
}
