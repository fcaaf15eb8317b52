// @ts-check
/**
 * A shared cache inside the server process, in front of Next's request
 * handler (scripts/serve.mjs). Next answers a page from its own cache only
 * after its whole pipeline has run (routing, rewrites, header rules, the
 * ETag hash, compression: milliseconds a request); this answers the same
 * page in microseconds.
 *
 * It keeps only what Next itself served from, or put into, its page cache
 * and declared shareable (memo-http.mjs `keepable`), gzipped once; a page
 * whose route declares it needs no client code goes out as plain HTML
 * (plain-html.mjs), kept or not; for the response's `s-maxage`, as any
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
import { existsSync } from 'node:fs';
import path from 'node:path';
import { watchExpiries } from './expiry-watch.mjs';
import {
  declaredPlain,
  declaredPlainError,
  entryOf,
  forPage,
  keepable,
  keyOf,
  send,
  sendPlainError,
} from './memo-http.mjs';
import { onPageMemoExpiry } from './memo-signal.mjs';
import { captureResponse } from './next-contract.mjs';
import { publicScripts } from './plain-html.mjs';
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
 * @param {{ redisUrl?: string, prefix?: string, now?: () => number, publicDir?: string }} options
 */
export function createPageMemo({ redisUrl, prefix = 'portal:', now = Date.now, publicDir }) {
  const dir = path.resolve(publicDir ?? 'public');
  const ownScripts = existsSync(dir) ? publicScripts(dir) : new Set();
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
    if (!forPage(req)) return next(req, res);
    const key = usable() ? keyOf(req) : null;
    const entry = key === null ? undefined : entries.get(key);
    const at = now();
    const current = entry?.generation === generation;
    if (entry && current) {
      if (at < entry.freshUntil) return send(req, res, entry);
      if (entry.refreshing && at < entry.freshUntil + STALE_MS) return send(req, res, entry);
    }
    if (key !== null && entry) {
      if (current && at < entry.freshUntil + STALE_MS) entry.refreshing = true;
      else forget(key);
    }
    // A HEAD is rendered as a GET, so it gets the GET's headers (the plain
    // page's ETag and length); Node sends no body to a HEAD whatever is written.
    req.method = 'GET';
    hold(req, res, key, (fresh) => {
      if (key === null) return;
      if (fresh && fresh.generation === generation && usable()) keep(key, fresh);
      else if (entry && entries.get(key) === entry) forget(key);
    });
    return next(req, res);
  }

  /**
   * Watches Next's answer. If it may be kept (`key` set and its headers
   * keepable) or must be made plain HTML, holds the whole body and sends it
   * as a copy; otherwise lets it through. `done` gets the copy to keep, or null.
   * @param {Req} req @param {Res} res @param {string | null} key
   * @param {(entry: Entry | null) => void} done
   */
  function hold(req, res, key, done) {
    const started = generation;
    let keeping = false;
    let plain = false;
    let failed = false;
    let settled = false;
    /** @param {Entry | null} entry */
    const settle = (entry) => {
      if (settled) return;
      settled = true;
      done(entry);
    };
    res.once('close', () => settle(null));
    const wanted = () => {
      failed = declaredPlainError(res);
      plain = declaredPlain(res);
      keeping = key !== null && keepable(res);
      if (!keeping) settle(null);
      return keeping || plain || failed;
    };
    captureResponse(res, wanted, (raw, own) => {
      if (failed) return sendPlainError(res, own);
      const options = {
        generation: started,
        at: now(),
        ownScripts: plain ? ownScripts : undefined,
        kept: keeping,
      };
      const entry = entryOf(res, raw, options);
      settle(keeping ? entry : null);
      if (entry) return send(req, res, entry, own);
      Reflect.apply(own.writeHead, res, [res.statusCode]);
      Reflect.apply(own.end, res, [raw]);
    });
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
