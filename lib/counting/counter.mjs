// @ts-check
/**
 * Counts reads of public pages in the serving layer (scripts/serve.mjs),
 * in front of the page memo, so a read the memo answers counts exactly like
 * one Next renders. On the request path it only adds to maps in memory;
 * every few seconds (and at shutdown) the maps go to the daily rollups in
 * one statement per table (flush.mjs), off the request path. No cookie is
 * read or set; the address and user agent are kept in memory until the next
 * flush, where they become a keyed hash under the day's salt.
 *
 * Behind nginx (deploy/nginx.conf) a page nginx answers from its cache never
 * reaches this process: nginx mirrors each page request here with the header
 * `X-Portal-Count: mirror` (counted, answered 204 at once, nothing rendered)
 * and marks the request it proxies `X-Portal-Count: skip` (not counted
 * twice). See docs/caching.md.
 */
import pg from 'pg';
import { hasPersonalCookie } from '../cache/next-contract.mjs';
import { closeDays, saltOf, writeDimension, writeViews, writeVisitors } from './flush.mjs';
import { clientAddress, countedPath, readerDevice, referrerDomain } from './read.mjs';

const VN_OFFSET_MS = 7 * 3_600_000;
/** Prefetches and Server Actions are not reads; a client navigation (`rsc: 1`) is. */
const NOT_READS = ['next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];
/** Past this many distinct visitors in one batch, the batch is flushed early. */
const MAX_PENDING_VISITORS = 50_000;

/** "2026-12-07": the calendar day in Vietnam. @param {number} ms */
export function vnDayOf(ms) {
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** @param {Map<string, number>} map @param {string} key @param {number} n */
function add(map, key, n = 1) {
  map.set(key, (map.get(key) ?? 0) + n);
}

/**
 * @param {{ databaseUrl: string, flushMs?: number, now?: () => number }} options
 */
export function createCounter({ databaseUrl, flushMs = 5000, now = Date.now }) {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 2,
    connectionTimeoutMillis: 5000,
  });
  pool.on('error', (error) => console.error('[counter] database', error.message));
  let batch = emptyBatch();
  let flushing = Promise.resolve();
  const timer = setInterval(() => void flush(), flushMs);
  timer.unref();

  // The day changes once a day: worked out again only when it may have.
  let day = '';
  let dayEnds = 0;
  const today = () => {
    const at = now();
    if (at >= dayEnds) {
      day = vnDayOf(at);
      dayEnds = Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS + 86_400_000;
    }
    return day;
  };

  /** @param {import('node:http').IncomingMessage} req @param {string} path */
  function record(req, path) {
    const ua = req.headers['user-agent'];
    const device = readerDevice(ua);
    if (device === null) return;
    const day = today();
    add(batch.views, `${day}\t${path}`);
    add(batch.referrers, `${day}\t${referrerDomain(req.headers.referer, req.headers.host)}`);
    add(batch.devices, `${day}\t${device}`);
    const sources = batch.visitors.get(day) ?? new Set();
    batch.visitors.set(day, sources);
    sources.add(`${clientAddress(req)}\n${ua}`);
    if (sources.size >= MAX_PENDING_VISITORS) void flush();
  }

  /**
   * Notes one request. Returns true when it has answered it (a count-only
   * request from nginx's mirror), false when the request goes on as usual.
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   */
  function observe(req, res) {
    const mode = req.headers['x-portal-count'];
    if (mode === 'skip' || req.method !== 'GET') return false;
    const path = countedPath(req.url ?? '');
    const counts =
      path !== null &&
      !hasPersonalCookie(req.headers.cookie) &&
      !NOT_READS.some((name) => req.headers[name] !== undefined);
    if (mode === 'mirror') {
      if (counts) record(req, path);
      res.writeHead(204, { 'cache-control': 'private, no-store' });
      res.end();
      return true;
    }
    if (counts) res.once('finish', () => res.statusCode === 200 && record(req, path));
    return false;
  }

  /** Writes what was counted since the last flush; one flush at a time. */
  function flush() {
    flushing = flushing
      .then(() => writeBatch())
      .catch((error) => {
        console.error('[counter] flush failed, kept for the next one:', error.message);
      });
    return flushing;
  }

  async function writeBatch() {
    const taken = batch;
    batch = emptyBatch();
    const today = vnDayOf(now());
    try {
      // Each map is emptied once written, so a failure part-way re-sends only the rest.
      if (taken.views.size > 0) await writeViews(pool, ...columns(taken.views));
      taken.views.clear();
      if (taken.referrers.size > 0) {
        await writeDimension(pool, 'ReferrerDaily', ...columns(taken.referrers));
      }
      taken.referrers.clear();
      if (taken.devices.size > 0)
        await writeDimension(pool, 'DeviceDaily', ...columns(taken.devices));
      taken.devices.clear();
      for (const [day, sources] of taken.visitors) {
        await writeVisitors(pool, day, await saltOf(pool, day), sources);
        taken.visitors.delete(day);
      }
      await closeDays(pool, today);
    } catch (error) {
      merge(batch, taken); // what was not written goes with the next flush
      throw error;
    }
  }

  return {
    observe,
    flush,
    async close() {
      clearInterval(timer);
      await flush();
      await pool.end();
    },
  };
}

function emptyBatch() {
  return {
    /** @type {Map<string, number>} */ views: new Map(),
    /** @type {Map<string, number>} */ referrers: new Map(),
    /** @type {Map<string, number>} */ devices: new Map(),
    /** @type {Map<string, Set<string>>} */ visitors: new Map(),
  };
}

/** @param {ReturnType<typeof emptyBatch>} into @param {ReturnType<typeof emptyBatch>} from */
function merge(into, from) {
  for (const [k, n] of from.views) add(into.views, k, n);
  for (const [k, n] of from.referrers) add(into.referrers, k, n);
  for (const [k, n] of from.devices) add(into.devices, k, n);
  for (const [day, sources] of from.visitors) {
    const kept = into.visitors.get(day) ?? new Set();
    for (const s of sources) kept.add(s);
    into.visitors.set(day, kept);
  }
}

/** "day\tkey" -> n, as three parallel arrays. @param {Map<string, number>} map @returns {[string[], string[], number[]]} */
function columns(map) {
  /** @type {[string[], string[], number[]]} */
  const out = [[], [], []];
  for (const [key, n] of map) {
    const tab = key.indexOf('\t');
    out[0].push(key.slice(0, tab));
    out[1].push(key.slice(tab + 1));
    out[2].push(n);
  }
  return out;
}
