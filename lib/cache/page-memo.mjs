// @ts-check
/**
 * A shared cache inside the server process, in front of Next's request
 * handler (scripts/serve.mjs). Next answers a page from its own cache only
 * after its whole pipeline has run (routing, rewrites, header rules, the
 * ETag hash, compression: milliseconds a request); this answers the same
 * page in microseconds.
 *
 * It keeps only what Next itself served from, or put into, its page cache
 * and declared shareable (memo-http.mjs `keepable`), as plain HTML
 * (plain-html.mjs) and gzipped once; for the response's `s-maxage`, as any
 * shared cache would, then serves it at most STALE_MS longer while one
 * request refreshes it (no stampede on Next every second). It forgets
 * everything the moment any cache tag is expired: in this process at once
 * (expireTags calls `expirePageMemo`, memo-signal.mjs), in the other
 * instances within a poll (expiry-watch.mjs). With REDIS_URL set and Redis
 * unreachable, it keeps nothing.
 *
 * Loaded by the server entry outside Next's bundler, hence JavaScript
 * checked by `@ts-check`; types in page-memo.d.mts.
 */
import { watchExpiries } from './expiry-watch.mjs';
import { entryOf, keepable, keyOf, send } from './memo-http.mjs';
import { onPageMemoExpiry } from './memo-signal.mjs';
import { STALE_WHILE_REVALIDATE_MS } from './policy.mjs';

/** How long past its lifetime a copy may be served while it is refreshed. */
const STALE_MS = STALE_WHILE_REVALIDATE_MS;
const MAX_ENTRIES = 500;
const MAX_BYTES = 64 * 2 ** 20;

/**
 * @typedef {import('./memo-http.mjs').Entry} Entry
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
  const expire = () => {
    generation += 1;
    entries.clear();
    bytes = 0;
  };
  const watch = redisUrl
    ? watchExpiries({ url: redisUrl, key: `${prefix}epoch`, now, onChange: expire })
    : null;
  onPageMemoExpiry(expire);
  const usable = () => watch === null || watch.fresh();

  /** @param {string} key */
  function forget(key) {
    const old = entries.get(key);
    if (!old) return;
    bytes -= old.plain.length + old.gzip.length;
    entries.delete(key);
  }

  /** @param {string} key @param {Entry} entry */
  function keep(key, entry) {
    forget(key);
    entries.set(key, entry);
    bytes += entry.plain.length + entry.gzip.length;
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
    const current = entry?.generation === generation;
    if (entry && current) {
      if (at < entry.freshUntil) return send(req, res, entry);
      if (entry.refreshing && at < entry.freshUntil + STALE_MS) return send(req, res, entry);
    }
    if (req.method !== 'GET') return next(req, res);
    if (entry) {
      if (current && at < entry.freshUntil + STALE_MS) entry.refreshing = true;
      else forget(key);
    }
    hold(req, res, (fresh) => {
      if (fresh && fresh.generation === generation && usable()) keep(key, fresh);
      else if (entry && entries.get(key) === entry) forget(key);
    });
    return next(req, res);
  }

  /**
   * Watches Next's answer. If its headers make it keepable, holds the whole
   * body, then sends it as the copy it keeps; otherwise lets it through.
   * `done` gets the copy, or null.
   * @param {Req} req @param {Res} res @param {(entry: Entry | null) => void} done
   */
  function hold(req, res, done) {
    const started = generation;
    /** @type {{ writeHead: Function, write: Function, end: Function }} */
    const own = { writeHead: res.writeHead, write: res.write, end: res.end };
    /** @type {boolean | null} */
    let holding = null;
    /** @type {Buffer[]} */
    const chunks = [];
    let settled = false;
    /** @param {Entry | null} entry */
    const settle = (entry) => {
      if (settled) return;
      settled = true;
      done(entry);
    };
    res.once('close', () => settle(null));
    const decide = () => {
      holding ??= keepable(res);
      if (!holding) settle(null);
      return holding;
    };
    res.writeHead = /** @type {Res['writeHead']} */ (
      (/** @type {number} */ status, /** @type {unknown[]} */ ...rest) => {
        res.statusCode = status;
        const headers = rest.find((arg) => typeof arg === 'object' && !Array.isArray(arg));
        for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
        if (holding === null ? decide() : holding) return res;
        return own.writeHead.call(res, status);
      }
    );
    /** @param {unknown} chunk @param {unknown} encoding */
    const add = (chunk, encoding) => {
      if (chunk === null || chunk === undefined || typeof chunk === 'function') return;
      chunks.push(
        typeof chunk === 'string'
          ? Buffer.from(chunk, /** @type {BufferEncoding} */ (encoding || 'utf8'))
          : Buffer.from(/** @type {Uint8Array} */ (chunk)),
      );
    };
    res.write = /** @type {Res['write']} */ (
      (/** @type {unknown[]} */ ...args) => {
        if (holding === null ? !decide() : !holding) return Reflect.apply(own.write, res, args);
        add(args[0], args[1]);
        return true;
      }
    );
    res.end = /** @type {Res['end']} */ (
      (/** @type {unknown[]} */ ...args) => {
        if (holding === null ? !decide() : !holding) return Reflect.apply(own.end, res, args);
        add(args[0], args[1]);
        const raw = Buffer.concat(chunks);
        const entry = entryOf(res, raw, started, now());
        settle(entry);
        if (entry) {
          send(req, res, entry, own);
        } else {
          own.writeHead.call(res, res.statusCode);
          own.end.call(res, raw);
        }
        return res;
      }
    );
  }

  return {
    handle,
    expire,
    /** Copies held now (tests). */
    get size() {
      return entries.size;
    },
    async close() {
      await watch?.close();
      onPageMemoExpiry(undefined);
    },
  };
}
