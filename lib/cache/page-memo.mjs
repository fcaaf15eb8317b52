// @ts-check
/**
 * A shared cache inside the server process, in front of Next's request
 * handler (scripts/serve.mjs). Next answers a page from its own cache only
 * after its whole pipeline has run (routing, rewrites, header rules, the
 * ETag hash: milliseconds a request); this answers the same bytes in
 * microseconds.
 *
 * It keeps only what Next itself served from, or put into, its page cache
 * and declared shareable: status 200, `x-nextjs-cache` HIT or MISS,
 * `Cache-Control: public, … s-maxage=N`, no `Set-Cookie`; for N seconds, as
 * any shared cache would, then serves it at most STALE_MS longer while one
 * request refreshes it (no stampede on Next every N seconds). And it forgets
 * everything the moment any cache tag is expired: in this process at once
 * (expireTags calls `expirePageMemo`, memo-signal.mjs), in the other instances within POLL_MS,
 * through a counter the Redis cache handler increments with every expiry.
 * With REDIS_URL set and Redis unreachable, it keeps nothing.
 *
 * Loaded by the server entry outside Next's bundler, hence JavaScript
 * checked by `@ts-check`; types in page-memo.d.mts.
 */
import { createClient } from '@redis/client';
import { onPageMemoExpiry } from './memo-signal.mjs';

/** How often the Redis expiry counter is read. */
const POLL_MS = 50;
/** Without a successful read this recent, Redis is treated as unreachable. */
const FRESH_MS = 300;
/** How long past its lifetime an entry may be served while it is refreshed. */
const STALE_MS = 5000;
const MAX_ENTRIES = 500;
const MAX_BYTES = 64 * 2 ** 20;
const MAX_BODY = 2 * 2 ** 20;

/** Requests whose answer Next varies (`Vary`) or must not share. */
const ROUTER_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
];
/** Paths never shared: staff, login, API, and what Next serves from disk anyway. */
const PRIVATE_PATH = /^\/(?:quan-tri|dang-nhap|api|_next|media)(?:[/?]|$)/;
/** A staff session or draft mode: the request goes to Next as it is. */
const PERSONAL_COOKIE = /authjs\.session-token|__prerender_bypass/;
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date']);

/**
 * @typedef {{
 *   status: number,
 *   headers: Record<string, string | string[]>,
 *   body: Buffer,
 *   etag: string | undefined,
 *   generation: number,
 *   freshUntil: number,
 *   refreshing: boolean,
 * }} Entry
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {(req: Req, res: Res) => unknown} Handler
 */

/**
 * @param {{ redisUrl?: string, prefix?: string, now?: () => number }} options
 */
export function createPageMemo({ redisUrl, prefix = 'portal:', now = Date.now }) {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  let bytes = 0;
  let generation = 0;
  const epoch = redisUrl ? watchExpiries(redisUrl, `${prefix}epoch`, now, () => expire()) : null;

  function expire() {
    generation += 1;
    entries.clear();
    bytes = 0;
  }
  onPageMemoExpiry(expire);

  const usable = () => epoch === null || epoch.fresh();

  /** @param {string} key */
  function forget(key) {
    const old = entries.get(key);
    if (!old) return;
    bytes -= old.body.length;
    entries.delete(key);
  }

  /** @param {string} key @param {Entry} entry */
  function keep(key, entry) {
    forget(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    for (const [oldest] of entries) {
      if (entries.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
      forget(oldest);
    }
  }

  /**
   * Answers from the memo, or passes the request to Next and keeps the answer.
   * @param {Req} req @param {Res} res @param {Handler} next
   */
  function handle(req, res, next) {
    const key = keyOf(req);
    if (key === null || !usable()) return next(req, res);
    const entry = entries.get(key);
    const at = now();
    if (entry && entry.generation === generation) {
      if (at < entry.freshUntil) return send(req, res, entry);
      if (entry.refreshing && at < entry.freshUntil + STALE_MS) return send(req, res, entry);
    }
    if (req.method !== 'GET') return next(req, res);
    if (entry) {
      if (at < entry.freshUntil + STALE_MS) entry.refreshing = true;
      else forget(key);
    }
    record(res, (answer) => {
      if (answer && generation === answer.generation && usable()) keep(key, answer);
      else if (entries.get(key) === entry) forget(key);
    });
    return next(req, res);
  }

  /**
   * Copies what Next writes; `done` gets the entry, or null when it may not be kept.
   * @param {Res} res @param {(entry: Entry | null) => void} done
   */
  function record(res, done) {
    const started = generation;
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    /** @param {unknown} chunk @param {unknown} encoding */
    const add = (chunk, encoding) => {
      if (size > MAX_BODY || chunk === null || chunk === undefined || typeof chunk === 'function') {
        return;
      }
      const buffer =
        typeof chunk === 'string'
          ? Buffer.from(chunk, /** @type {BufferEncoding} */ (encoding || 'utf8'))
          : Buffer.from(/** @type {Uint8Array} */ (chunk));
      size += buffer.length;
      chunks.push(buffer);
    };
    const { write, end } = res;
    res.write = /** @type {typeof res.write} */ (
      function (/** @type {unknown[]} */ ...args) {
        add(args[0], args[1]);
        return Reflect.apply(write, this, args);
      }
    );
    res.end = /** @type {typeof res.end} */ (
      function (/** @type {unknown[]} */ ...args) {
        add(args[0], args[1]);
        return Reflect.apply(end, this, args);
      }
    );
    res.once('finish', () => done(size > MAX_BODY ? null : entryOf(res, chunks, started, now())));
    res.once('close', () => {
      if (!res.writableFinished) done(null);
    });
  }

  return {
    handle,
    expire,
    /** Entries held now (tests). */
    get size() {
      return entries.size;
    },
    async close() {
      await epoch?.close();
      onPageMemoExpiry(undefined);
    },
  };
}

/** The memo key of a request, or null when it must go to Next. @param {Req} req */
function keyOf(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url ?? '';
  if (!url.startsWith('/') || PRIVATE_PATH.test(url)) return null;
  const headers = req.headers;
  for (const name of ROUTER_HEADERS) if (headers[name] !== undefined) return null;
  if (headers.cookie && PERSONAL_COOKIE.test(headers.cookie)) return null;
  return `${url}\n${headers['accept-encoding'] ?? ''}`;
}

/**
 * What Next sent, as an entry, if a shared cache may keep it.
 * @param {Res} res @param {Buffer[]} chunks @param {number} generation @param {number} at
 * @returns {Entry | null}
 */
function entryOf(res, chunks, generation, at) {
  const headers = res.getHeaders();
  const cacheState = String(headers['x-nextjs-cache'] ?? '');
  if (res.statusCode !== 200 || (cacheState !== 'HIT' && cacheState !== 'MISS')) return null;
  if (headers['set-cookie'] !== undefined) return null;
  const seconds = sharedMaxAge(String(headers['cache-control'] ?? ''));
  if (seconds <= 0) return null;
  const body = Buffer.concat(chunks);
  /** @type {Record<string, string | string[]>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    kept[name] = Array.isArray(value) ? value : String(value);
  }
  kept['content-length'] = String(body.length);
  kept['x-nextjs-cache'] = 'HIT'; // what the memo answers is a hit
  const etag = typeof headers.etag === 'string' ? headers.etag : undefined;
  return {
    status: 200,
    headers: kept,
    body,
    etag,
    generation,
    freshUntil: at + seconds * 1000,
    refreshing: false,
  };
}

/** `s-maxage` of a public response, else 0. @param {string} value */
export function sharedMaxAge(value) {
  const directives = value.toLowerCase().split(',').map((d) => d.trim());
  if (!directives.includes('public')) return 0;
  if (directives.some((d) => d === 'private' || d === 'no-store' || d === 'no-cache')) return 0;
  const shared = directives.find((d) => d.startsWith('s-maxage='));
  const seconds = Number(shared?.slice('s-maxage='.length));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : 0;
}

/** @param {Req} req @param {Res} res @param {Entry} entry */
function send(req, res, entry) {
  if (entry.etag && matches(req.headers['if-none-match'], entry.etag)) {
    const { 'content-length': _length, 'content-encoding': _encoding, ...rest } = entry.headers;
    res.writeHead(304, rest);
    res.end();
    return;
  }
  res.writeHead(entry.status, entry.headers);
  res.end(req.method === 'HEAD' ? undefined : entry.body);
}

/** Weak comparison, as for GET. @param {string | undefined} header @param {string} etag */
function matches(header, etag) {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || candidate.replace(/^W\//, '') === bare;
  });
}

/**
 * Reads the expiry counter every POLL_MS; a change means another instance
 * (or this one) expired tags. Any failure empties the memo and keeps it
 * unused until a read succeeds again.
 * @param {string} url @param {string} key @param {() => number} now @param {() => void} onChange
 */
function watchExpiries(url, key, now, onChange) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1000,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1000),
    },
  });
  client.on('error', () => {
    // Reported by the cache handler; here an outage only means "keep nothing".
  });
  client.connect().catch(() => {});
  /** @type {string | null | undefined} */
  let seen;
  let readAt = Number.NEGATIVE_INFINITY;
  let busy = false;
  const poll = async () => {
    if (busy) return;
    busy = true;
    try {
      if (!client.isReady) throw new Error('not connected');
      const value = await Promise.race([
        client.get(key),
        new Promise((_, reject) => setTimeout(() => reject(new Error('slow')), FRESH_MS).unref()),
      ]);
      if (seen !== undefined && value !== seen) onChange();
      seen = /** @type {string | null} */ (value);
      readAt = now();
    } catch {
      if (seen !== undefined) onChange();
      seen = undefined;
      readAt = Number.NEGATIVE_INFINITY;
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(poll, POLL_MS);
  timer.unref();
  void poll();
  return {
    fresh: () => now() - readAt < FRESH_MS,
    async close() {
      clearInterval(timer);
      await client.close().catch(() => {});
    },
  };
}
